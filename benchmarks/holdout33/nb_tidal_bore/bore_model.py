"""Model and data helpers for the tidal-bore notebook."""
import torch
import torch.nn as nn


class BoreSurfNet(nn.Module):
    """Predicts ride length (s) from the gauge trace before the bore arrives.

    Also reconstructs masked gauge readings, the self-supervised task used for
    test-time training at a new river.
    """

    def __init__(self, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(2, hidden, batch_first=True)
        self.ride = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, 2)

    def encode(self, x):
        h, _ = self.encoder(x)
        return h

    def forward(self, x):
        return self.ride(self.encode(x)[:, -1]).squeeze(-1)

    def reconstruct(self, x):
        return self.recon(self.encode(x))


def gauge_traces(n, steps=12, shift=0.0, bs=4):
    t = torch.linspace(0, 1, steps)
    height = torch.sigmoid((t - 0.6 - 0.1 * torch.rand(n, 1)) * 20) + shift
    x = torch.stack([height, torch.gradient(height, dim=1)[0] * 5], -1) + 0.05 * torch.randn(n, steps, 2)
    y = 30 + 20 * height[:, -1]
    return list(zip(x.split(bs), y.split(bs)))
