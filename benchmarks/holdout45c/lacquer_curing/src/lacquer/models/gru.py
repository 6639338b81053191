import torch
from torch import nn


class CureRegressor(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])
