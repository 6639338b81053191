import torch
from torch import nn


class HiveGRU(nn.Module):
    """Scale reading + temperature + humidity -> next-day weight delta."""

    def __init__(self, n_features=3, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Sequential(nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)
