"""Helpers for the beeswax candle-dipping notebooks.

Each candle is dipped 14 times; the dipping rig logs wax temperature, dwell time, withdrawal speed and the
measured diameter after each dip. We classify finished candles into grade A / B / seconds.
"""
import torch
import torch.nn as nn

N_DIPS = 14
N_SENSORS = 4
GRADES = ("A", "B", "seconds")


def dip_logs(n, drift=0.0, seed=None):
    g = torch.Generator().manual_seed(seed) if seed is not None else None
    x = torch.randn(n, N_DIPS, N_SENSORS, generator=g) + drift
    quality = x[:, :, 0].mean(1) - x[:, :, 2].abs().mean(1)
    y = torch.bucketize(quality, torch.tensor([-0.9, -0.5]))
    return x, y


def jitter(x, scale=0.05):
    """Cheap augmentation: sensor noise plus a random gain per candle."""
    gain = 1 + scale * torch.randn(x.size(0), 1, 1)
    return x * gain + scale * torch.randn_like(x)


class DipNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(N_SENSORS, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, len(GRADES))

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(self.drop(h[-1]))


def predict(model, x):
    """Class probabilities in inference mode (dropout off)."""
    model.eval()
    return model(x).softmax(-1)
