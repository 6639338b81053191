# expect: clean
"""Oyster-bed salinity: forecast tomorrow's salinity at the lease from river gauge,
tide height and rainfall.  Stage functions pass a NamedTuple of models along; the
export stage hands the buoy firmware an inference copy while training continues."""
import copy
from typing import NamedTuple

import torch
import torch.nn as nn
import torch.nn.functional as F


class SalinityGRU(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, dropout=0.0)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq[:, -1]).squeeze(-1)


class Models(NamedTuple):
    live: nn.Module
    exported: nn.Module | None = None


def tide_windows(seed, n=6, t=12):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 3, generator=g)
    return x, 28 - 2 * x[:, -3:, 0].mean(1) + x[:, -1, 1]


def fit_stage(models, data, steps=3):
    x, y = data
    opt = torch.optim.Adam(models.live.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(models.live(x), y)
        loss.backward()
        opt.step()
    print("fit", round(loss.item(), 4))
    return models


def export_stage(models):
    frozen = copy.deepcopy(models.live).eval()
    for p in frozen.parameters():
        p.requires_grad_(False)
    return models._replace(exported=frozen)


def check_stage(models, data):
    x, y = data
    with torch.no_grad():
        print("exported mse", round(F.mse_loss(models.exported(x), y).item(), 4))
    return models


def main():
    torch.manual_seed(17)
    models = Models(live=SalinityGRU())
    for week in range(3):
        models = fit_stage(models, tide_windows(week))
        models = export_stage(models)
        models = check_stage(models, tide_windows(100 + week))


if __name__ == "__main__":
    main()
