# expect: crash
"""A module-level table of NamedTuple phase records, iterated in `main()`: the calibrate phase sets
`train(False)` and still updates the weights, so its backward runs through an eval-mode GRU."""
from typing import NamedTuple

import torch
import torch.nn as nn


class Phase(NamedTuple):
    name: str
    train_mode: bool
    update: bool


SCHEDULE = (
    Phase("warmup", True, True),
    Phase("score", False, False),
    Phase("calibrate", False, True),
)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def run_phase(model, opt, phase):
    model.train(phase.train_mode)
    loss = model(torch.randn(3, 5, 4)).pow(2).mean()
    if phase.update:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def main():
    model = Tagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for phase in SCHEDULE:
        run_phase(model, opt, phase)


if __name__ == "__main__":
    main()
