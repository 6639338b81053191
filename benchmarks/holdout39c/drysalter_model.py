"""Dry-salters' stock model: a wrapper around an inner GRU predictor."""
import torch
import torch.nn as nn


class Inner(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.gru = nn.GRU(3, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1])


class StockModel(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.inner = Inner(h)
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        out = self.inner(x) * self.scale
        if not self.training:
            out = out.clamp(min=-5, max=5)
        return out

    def freeze_for_report(self):
        # only flips this module's flag: the clamp branch switches on
        self.training = False
        return self
