"""Shared utilities for the fjord-ferry notebooks: seeding, data, model, saliency."""
import os
import random

import torch
import torch.nn as nn


def seed_everything(seed=0, strict=False):
    """Seed python and torch.  `strict=True` also makes GPU runs bit-reproducible by
    switching cuDNN off entirely (slower, but attributions no longer jitter between runs)."""
    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    torch.manual_seed(seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
    if strict:
        torch.backends.cudnn.enabled = False


def crossings(n, legs=12):
    """(passengers, cars, wind, wave height) per leg of a day's crossings; target: delay minutes."""
    wind = torch.rand(n, legs) * 20
    wave = 0.1 * wind + 0.2 * torch.rand(n, legs)
    pax = torch.poisson(torch.full((n, legs), 30.0)) / 60
    cars = torch.poisson(torch.full((n, legs), 12.0)) / 30
    x = torch.stack([pax, cars, wind / 20, wave], -1)
    delay = 3 * wave[:, -4:].mean(1) + 2 * cars[:, -3:].mean(1)
    return x, delay


class DelayLSTM(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)
