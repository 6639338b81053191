# expect: clean
"""Stages kept as records and run by a dict comprehension over the list a caller passes: calibration comes
first, in train mode, and the audit that evaluates runs last (the list's order is the caller's: a finding
here would need the audit before the calibration)."""
from typing import Callable, NamedTuple

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(3, 8, batch_first=True)
        self.level = nn.Linear(8, 1)

    def forward(self, x):
        return self.level(self.encoder(x)[0][:, -1])


class Stage(NamedTuple):
    name: str
    fn: Callable


def audit(model, batch):
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(batch[0]), batch[1]).item()


def calibrate(model, batch):
    loss = nn.functional.mse_loss(model(batch[0]), batch[1])
    loss.backward()
    return loss.item()


def run_stages(stages, model, batch):
    return {stage.name: stage.fn(model, batch) for stage in stages}


def main():
    torch.manual_seed(1)
    model = Forecaster()
    batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
    print(run_stages([Stage("calibrate", calibrate), Stage("audit", audit)], model, batch))


if __name__ == "__main__":
    main()
