"""Helpers for the surf-forecast notebooks: buoy data, the model, and an eval-mode context manager."""
import torch
import torch.nn as nn

BUOY = ["wave_height", "period", "direction_sin", "direction_cos", "wind_speed", "tide"]


class SwellLSTM(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.enc = nn.LSTM(len(BUOY), hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.head = nn.Linear(hidden, 3)  # flat / surfable / closed-out

    def forward(self, x):
        h, _ = self.enc(x)
        return self.head(self.drop(h[:, -1]))


class EvalMode:
    """`with EvalMode(model):` runs the block in eval mode and restores the previous mode after."""

    def __init__(self, model):
        self.model = model
        self._was = None

    def __enter__(self):
        self._was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._was)
        return False


def buoy_windows(n, T=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, T, len(BUOY), generator=g)
    y = (x[:, -1, 0] > 0.5).long() + (x[:, -1, 0] > 1.2).long()
    return x, y
