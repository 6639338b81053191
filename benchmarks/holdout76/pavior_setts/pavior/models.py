import torch
from torch import nn


class SettWearNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.proj = nn.Linear(feats, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)
