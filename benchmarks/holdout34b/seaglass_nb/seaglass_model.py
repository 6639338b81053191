"""Sea-glass sorting: colour-class from a spectrometer sweep (a short sequence)."""
import torch
import torch.nn as nn

COLOURS = ["white", "green", "brown", "cobalt", "seafoam"]


class SweepClassifier(nn.Module):
    def __init__(self, bands=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(bands, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, len(COLOURS))

    def forward(self, sweep):
        _, h = self.gru(sweep)
        return self.out(self.drop(h[-1]))


def make_sweeps(n, length=12, bands=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, length, bands, generator=g)
    y = torch.randint(0, len(COLOURS), (n,), generator=g)
    return list(zip(x.split(4), y.split(4)))
