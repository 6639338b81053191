# expect: crash
"""Puppet theatre: predict the delay before the next lighting cue from the puppeteers'
rod-motion capture.  The schedule is a list of phase records; entering a phase is a
functools.singledispatch over the record type."""
from dataclasses import dataclass
from functools import singledispatch

import torch
import torch.nn as nn
import torch.nn.functional as F


class CueLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.head(self.drop(h[-1])).squeeze(-1)


@dataclass
class Rehearsal:
    steps: int


@dataclass
class DressRun:
    pass


@dataclass
class MatineeAdapt:
    steps: int
    lr: float = 1e-3


@singledispatch
def enter(phase, model):
    raise TypeError(type(phase))


@enter.register
def _(phase: Rehearsal, model):
    model.train()


@enter.register
def _(phase: DressRun, model):
    model.eval()


@enter.register
def _(phase: MatineeAdapt, model):
    # the dress-run mode is kept for the encoder; the head's dropout goes back on
    model.head.train()
    model.drop.train()


def show_data(n=5, t=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 4, generator=g)
    return x, 2 + x[:, -2:, 1].abs().mean(1)


def run_phase(phase, model, data):
    enter(phase, model)
    x, y = data
    if isinstance(phase, DressRun):
        with torch.no_grad():
            return F.l1_loss(model(x), y).item()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=getattr(phase, "lr", 1e-2))
    for _ in range(phase.steps):
        opt.zero_grad()
        loss = F.l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(3)
    model = CueLSTM()
    schedule = [Rehearsal(3), DressRun(), MatineeAdapt(2)]
    for i, phase in enumerate(schedule):
        print(type(phase).__name__, round(run_phase(phase, model, show_data(seed=i)), 4))


if __name__ == "__main__":
    main()
