"""Insole pressure encoder, pretrained elsewhere and shipped frozen."""
import torch
import torch.nn as nn


class Standardise(nn.Module):
    """Fixed per-channel statistics (buffers, no parameters)."""

    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.as_tensor(mean))
        self.register_buffer("std", torch.as_tensor(std))

    def forward(self, x):
        return (x - self.mean) / self.std


class GaitEncoder(nn.Module):
    def __init__(self, channels=4, hidden=12):
        super().__init__()
        self.scale = Standardise([0.5] * channels, [0.2] * channels)
        self.lstm = nn.LSTM(channels, hidden, num_layers=2, batch_first=True, bidirectional=True)

    def forward(self, x):
        h, _ = self.lstm(self.scale(x))
        return h.mean(1)


def load_pretrained(channels=4, hidden=12):
    torch.manual_seed(11)
    enc = GaitEncoder(channels, hidden)
    enc.requires_grad_(False)
    return enc.eval()
