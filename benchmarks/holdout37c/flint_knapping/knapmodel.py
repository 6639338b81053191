"""Flake-removal sequence model shared by the knapping notebooks."""
from contextlib import contextmanager

import torch
import torch.nn as nn


class TargetReached(Exception):
    pass


class FlakeSequenceLSTM(nn.Module):
    """Predicts whether a core will yield a usable blade from strike angle/force/platform readings."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, strikes):
        y, _ = self.lstm(strikes)
        return self.head(y[:, -1]).squeeze(-1)


@contextmanager
def inference(model):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        yield model
    model.train(was_training)


def strikes(n, length=6, seed=None):
    g = torch.Generator().manual_seed(seed) if seed is not None else None
    x = torch.rand(n, length, 3, generator=g)
    return x, (x[:, :, 0].mean(1) > 0.5).float()
