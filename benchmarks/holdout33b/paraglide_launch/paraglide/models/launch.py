import torch
from torch import nn

from ..registry import register_model


@register_model("launch_gru")
class LaunchGRU(nn.Module):
    """Vario + wind + brake-line tension during the run-up -> launch outcome."""

    def __init__(self, n_in=4, hidden=12, n_out=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


@register_model("launch_mlp")
class LaunchMLP(nn.Module):
    def __init__(self, n_in=4, steps=10, hidden=16, n_out=3):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n_in * steps, hidden), nn.ReLU(), nn.Linear(hidden, n_out))

    def forward(self, x):
        return self.net(x)
