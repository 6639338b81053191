# expect: crash
"""Escalator vibration: phases are objects and the mode switch is dispatched on their type."""
from dataclasses import dataclass
from functools import singledispatch

import torch
from torch import nn


@dataclass
class Train:
    steps: int


@dataclass
class Validate:
    pass


@dataclass
class Finetune:
    steps: int


@singledispatch
def enter(phase, model):
    raise TypeError(phase)


@enter.register
def _(phase: Train, model):
    model.train()


@enter.register
def _(phase: Validate, model):
    model.eval()


@enter.register
def _(phase: Finetune, model):
    pass                            # "keep whatever the model is doing"


model = nn.Sequential()
model.add_module("rnn", nn.GRU(3, 8, batch_first=True))


class Last(nn.Module):
    def forward(self, out):
        return out[0][:, -1]


model.add_module("last", Last())
model.add_module("fc", nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(4, 10, 3), torch.randn(4, 1)

for phase in [Train(2), Validate(), Finetune(1)]:
    enter(phase, model)
    if isinstance(phase, Validate):
        with torch.no_grad():
            print("val", nn.functional.mse_loss(model(x), y).item())
        continue
    for _ in range(phase.steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
print(loss.item())
