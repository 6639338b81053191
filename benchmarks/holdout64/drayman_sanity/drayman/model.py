import torch
from torch import nn


class CartRouteNet(nn.Module):
    """Predicts delivery delay from a sequence of stop features."""

    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)
