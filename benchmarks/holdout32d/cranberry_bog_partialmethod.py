# expect: crash
"""Cranberry bog flood scheduling: predict frost-risk hours from bog sensors.

The harvester trainer keeps (encoder, scorer) in a tuple; mode helpers are
partialmethods of one setter. Fine-tuning on the current season keeps the
normalisation statistics of the previous one frozen.
"""
from functools import partialmethod

import torch
import torch.nn as nn

torch.manual_seed(21)
SENSORS, HIDDEN, HOURS, B = 4, 8, 12, 6


class BogEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(SENSORS)
        self.gru = nn.GRU(SENSORS, HIDDEN, batch_first=True)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        _, h = self.gru(x)
        return h[-1]


class FrostScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, 1))

    def forward(self, z):
        return nn.functional.softplus(self.net(z)).squeeze(-1)


def night(n=B, season_offset=0.0):
    x = torch.randn(n, HOURS, SENSORS) + season_offset
    return x, torch.relu(-x[..., 0] - 0.5).sum(1)


class Harvester:
    def __init__(self, parts, lr=1e-2):
        self.parts = parts
        self.opt = torch.optim.Adam([p for m in parts for p in m.parameters()], lr=lr)

    def _set_mode(self, flag):
        for m in self.parts:
            m.train(flag)
        return self

    training_mode = partialmethod(_set_mode, True)
    freeze_stats = partialmethod(_set_mode, False)

    def predict(self, x):
        enc, scorer = self.parts
        return scorer(enc(x))

    def step(self, x, y):
        loss = nn.functional.poisson_nll_loss(self.predict(x), y, log_input=False)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def season(self, steps, offset=0.0):
        return [self.step(*night(season_offset=offset)) for _ in range(steps)]


def main():
    h = Harvester((BogEncoder(), FrostScorer()))
    h.training_mode()
    print("last season", [round(v, 3) for v in h.season(3)])
    h.freeze_stats()
    print("this season", [round(v, 3) for v in h.season(2, offset=-0.3)])


if __name__ == "__main__":
    main()
