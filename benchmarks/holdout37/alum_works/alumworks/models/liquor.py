"""Recurrent model of the alum liquor boiling log (density readings per hour)."""
import torch
from torch import nn


class LiquorNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)
