import torch
from torch import nn


class CatchTagger(nn.Module):
    """Tags each stall reading with a fish grade."""

    def __init__(self, n_feat=6, hidden=8, n_grades=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(self.drop(h[:, -1]))
