import torch
from torch import nn


class RouteNet(nn.Module):
    """Bidirectional LSTM over the lamps of a route, pooled to minutes."""

    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(2 * hidden, 1))

    def forward(self, lamps):
        h, _ = self.lstm(torch.relu(self.embed(lamps)))
        return self.head(h.max(dim=1).values)
