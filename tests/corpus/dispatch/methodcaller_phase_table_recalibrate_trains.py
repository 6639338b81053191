# expect: clean
"""Phases dispatch through a table of `operator.methodcaller`s, rows of (name, data, optimizer) in the loop itself; the
"score" phase (eval) gets no optimizer and returns before any backward; "recalibrate" maps to `methodcaller("train", True)`."""
from operator import methodcaller

import torch
import torch.nn as nn

PHASES = {"fit": methodcaller("train"), "score": methodcaller("eval"), "recalibrate": methodcaller("train", True)}


def run_phase(name, model, x, y, opt=None):
    PHASES[name](model)
    if opt is None:
        with torch.no_grad():
            return nn.functional.mse_loss(model(x)[0], y).item()
    loss = nn.functional.mse_loss(model(x)[0], y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


torch.manual_seed(0)
model = nn.GRU(3, 4, batch_first=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(2, 5, 3), torch.randn(2, 5, 4)
for name, data, optimizer in [("fit", (x, y), opt), ("score", (x, y), None), ("recalibrate", (x[:1], y[:1]), opt)]:
    print(name, run_phase(name, model, *data, opt=optimizer))
