import torch
from torch import nn


class SheafTagger(nn.Module):
    """Tags each reaping stroke as clean / ragged / missed from blade vibration."""

    def __init__(self, n_feat=6, hidden=12, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h)
