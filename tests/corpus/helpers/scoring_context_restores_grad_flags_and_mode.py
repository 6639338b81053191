# expect: clean
"""Orienteering split prediction: a scoring context freezes the model (eval mode, no parameter needs grad) and on
exit puts back each parameter's saved `requires_grad` flag and the mode it found (`model.train(was_training)`)."""
import contextlib

import torch
from torch import nn


class SplitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


@contextlib.contextmanager
def scoring(model):
    flags = {name: p.requires_grad for name, p in model.named_parameters()}
    was_training = model.training
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    try:
        with torch.no_grad():
            yield model
    finally:
        for name, p in model.named_parameters():
            p.requires_grad_(flags[name])
        model.train(was_training)


torch.manual_seed(4)
model = SplitNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
model.train()
for step in range(4):
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        with scoring(model) as m:
            print(step, m(torch.randn(2, 5, 3)).mean().item())
