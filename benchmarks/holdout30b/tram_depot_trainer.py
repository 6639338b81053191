"""Tram-depot scheduling: predict the minutes a tram spends in the depot bay from its
telemetry of the last shift.  Model and evaluation helpers shared by the tram-depot notebooks."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class BayTimeLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(torch.relu(self.proj(x)))
        return self.out(seq[:, -1]).squeeze(-1)


def shift_logs(n, t, difficulty, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 5, generator=g) * (1 + difficulty)
    y = 20 + 5 * x[:, :, 0].mean(1) + difficulty * x[:, :, 3].std(1)
    return x, y


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    return F.l1_loss(model(x), y).item()


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)
