# expect: crash
"""Loop stages as an `enum.IntFlag`: the mode follows whether UPDATE is among a stage's flags, and the
"probe" stage is declared SCORE | LOG yet back-propagates when LOG is set."""
import enum

import torch
import torch.nn as nn


class Stage(enum.IntFlag):
    UPDATE = 1
    SCORE = 2
    LOG = 4
    PROBE = SCORE | LOG


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def enter(model, stage):
    model.train(bool(stage & Stage.UPDATE))


def main():
    model = Forecaster()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for stage in [Stage.UPDATE | Stage.LOG, Stage.SCORE, Stage.PROBE]:
        enter(model, stage)
        loss = model(torch.randn(4, 6, 3)).pow(2).mean()
        if not stage & (Stage.UPDATE | Stage.LOG):
            continue
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
