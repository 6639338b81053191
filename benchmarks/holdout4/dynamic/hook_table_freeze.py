# expect: crash
"""Training loop driven by a table of hooks. For fine-tuning, a 'before_epoch' hook freezes statistics of
normalisation and recurrent layers (frozen-BN fine-tuning recipe applied to every stateful layer)."""
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

HOOKS = defaultdict(list)


def on(event):
    def add(fn):
        HOOKS[event].append(fn)
        return fn
    return add


def fire(event, **ctx):
    for fn in HOOKS[event]:
        fn(**ctx)


@on("before_epoch")
def set_train(model, **_):
    model.train()


@on("before_epoch")
def freeze_stateful_layers(model, **_):
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.LayerNorm, nn.RNNBase)):
            m.eval()


@on("after_step")
def log_step(step, loss, **_):
    if step % 2 == 0:
        print(f"step {step}: {loss:.4f}")


class PretrainedEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.BatchNorm1d(5)
        self.rnn = nn.LSTM(5, 12, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(24, 3)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return self.cls(self.rnn(x)[0].mean(1))


torch.manual_seed(0)
model = PretrainedEncoder()
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
step = 0
for epoch in range(2):
    fire("before_epoch", model=model)
    for _ in range(3):
        x, y = torch.randn(4, 9, 5), torch.randint(0, 3, (4,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        fire("after_step", step=step, loss=loss.item())
        step += 1
