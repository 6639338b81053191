import torch
from torch import nn


class LapRNN(nn.Module):
    """Predicts the next lap split from the splits so far and the ice report."""

    def __init__(self, n_feats=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, laps):
        h, _ = self.rnn(torch.relu(self.embed(laps)))
        return self.head(h[:, -1]).squeeze(-1)
