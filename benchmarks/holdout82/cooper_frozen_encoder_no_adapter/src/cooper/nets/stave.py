import torch
from torch import nn


class StaveClassifier(nn.Module):
    """Barrel stave grading from moisture-meter traces; the recurrent encoder is pretrained and frozen."""

    def __init__(self, n_in=4, hidden=10, n_cls=3):
        super().__init__()
        self.adapter = nn.Linear(n_in, n_in)
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)
        for p in list(self.adapter.parameters()) + list(self.encoder.parameters()):
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1])
