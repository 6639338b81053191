import torch
from torch import nn


class ReinTensionNet(nn.Module):
    """Two-layer LSTM over rein-tension traces; predicts whether the bit needs re-forging."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 2))

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.head(h[:, -1])
