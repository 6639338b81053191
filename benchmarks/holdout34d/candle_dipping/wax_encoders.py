"""Pretrained dip-sequence encoders for the candle-dipping notebooks.

`pretrained_encoder()` returns an encoder that is frozen and in eval mode, for feature extraction.
"""
import torch
from torch import nn


class DipEncoder(nn.Module):
    def __init__(self, n_feat=4, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.lstm(torch.relu(self.inp(x)))
        return h[-1]


def pretrained_encoder(seed=0, hidden=12):
    torch.manual_seed(seed)
    enc = DipEncoder(hidden=hidden)
    # pretend we loaded weights here
    for p in enc.parameters():
        p.requires_grad_(False)
    return enc.eval()


class LinearProbe(nn.Module):
    def __init__(self, hidden=12, n_classes=3):
        super().__init__()
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, z):
        return self.fc(z)
