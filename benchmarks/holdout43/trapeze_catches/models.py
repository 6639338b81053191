import torch
import torch.nn as nn


class CatchPredictor(nn.Module):
    """Swing-phase sensor frames -> probability that the catch lands."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)
