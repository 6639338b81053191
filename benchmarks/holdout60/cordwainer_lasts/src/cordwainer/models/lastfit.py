import torch
from torch import nn


class LastFitNet(nn.Module):
    """Scores how well a shoe last fits from a sequence of foot-scan slices."""

    def __init__(self, n_in=7, hidden=12):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_in)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)
