import copy

import torch
from torch import nn


class MeltNet(nn.Module):
    """Ice-house melt rate from hourly door openings and outside temperature."""

    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, num_layers=2, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class BestKeeper:
    def __init__(self):
        self.best = float("inf")
        self.snapshot = None
        self.state = None

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.snapshot = copy.deepcopy(model)
            self.state = copy.deepcopy(model.state_dict())
