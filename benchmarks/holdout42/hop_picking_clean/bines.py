import torch
from torch import nn


class BineModel(nn.Module):
    """Hop-bine growth: a pretrained weather encoder stays frozen, a yield head is trained on top."""

    def __init__(self, hidden=8):
        super().__init__()
        self.station = nn.Linear(3, hidden)  # per-farm station calibration, trainable
        self.station.requires_grad_(False)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen encoder keeps eval-mode behaviour
        return self

    def forward(self, weather):
        h, _ = self.encoder(self.station(weather))
        return self.head(h[:, -1]).squeeze(-1)
