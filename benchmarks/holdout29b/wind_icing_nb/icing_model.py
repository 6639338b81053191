"""Shared model code for the wind-farm icing-camera notebooks."""
import torch
import torch.nn as nn


class IcingEncoder(nn.Module):
    """Sequence of per-frame camera features -> hidden summary."""

    def __init__(self, d=6, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)

    def forward(self, x):
        o, _ = self.lstm(x)
        return o[:, -1]


def load_pretrained(d=6, h=8, seed=0):
    torch.manual_seed(seed)
    enc = IcingEncoder(d, h)
    for p in enc.parameters():
        p.requires_grad_(False)
    return enc.eval()


def frames(n=6, t=5, d=6):
    return torch.randn(n, t, d), torch.randint(0, 2, (n,))
