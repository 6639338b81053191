# expect: crash
"""Phases as classes and a `functools.singledispatch` `prepare(phase, model)` registered in another module: the
calibration phase puts the model in eval mode and is the one that back-propagates."""
import torch
import torch.nn as nn

from phases.prepare import Calibrate, Fit, Score, prepare


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def main():
    model = Scorer()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for phase in [Fit(), Score(), Calibrate()]:
        prepare(phase, model)
        loss = model(torch.randn(4, 6, 3)).pow(2).mean()
        if isinstance(phase, Score):
            continue
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
