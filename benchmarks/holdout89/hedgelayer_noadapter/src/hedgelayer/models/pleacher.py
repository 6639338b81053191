import torch
from torch import nn


class StemEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


class PleacherModel(nn.Module):
    """Predicts whether a pleached stem will regrow; the stem encoder is pretrained and kept in eval."""

    def __init__(self, n_in=5, hidden=10, n_cls=2):
        super().__init__()
        self.encoder = StemEncoder(n_in, hidden)
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.head = nn.Linear(hidden, n_cls)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(x))
