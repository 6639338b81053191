# expect: clean
# category: dynamic
"""Training loop with hooks kept in a dict of lists; the eval hook uses a context manager that restores the mode."""
from contextlib import contextmanager

import torch
from torch import nn

torch.manual_seed(41)
HOOKS = {"on_step": [], "on_epoch": []}


def hook(event):
    def register(fn):
        HOOKS[event].append(fn)
        return fn
    return register


@contextmanager
def evaluating(module):
    was_training = module.training
    module.eval()
    try:
        yield module
    finally:
        module.train(was_training)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 10, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(20, 3)

    def forward(self, x):
        return self.proj(self.lstm(x)[0])


net = Tagger()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
val = (torch.randn(3, 7, 5), torch.randint(0, 3, (3, 7)))
history = []


@hook("on_step")
def log_step(step, loss):
    history.append(loss)


@hook("on_epoch")
def validate(epoch):
    with evaluating(net), torch.no_grad():
        out = net(val[0])
        acc = (out.argmax(-1) == val[1]).float().mean().item()
    print(f"epoch {epoch}: val acc {acc:.2f}")


net.train()
step = 0
for epoch in range(2):
    for _ in range(3):
        x, y = torch.randn(4, 7, 5), torch.randint(0, 3, (4, 7))
        loss = nn.functional.cross_entropy(net(x).transpose(1, 2), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        for fn in HOOKS["on_step"]:
            fn(step, loss.item())
    for fn in HOOKS["on_epoch"]:
        fn(epoch)
print(len(history), "steps logged")
