import torch
import torch.nn as nn


class CoolingCurveNet(nn.Module):
    """Classifies bell castings (sound / porous / cracked) from thermocouple cooling curves."""

    def __init__(self, n_probes=3, hidden=8, n_cls=3):
        super().__init__()
        self.norm = nn.LayerNorm(n_probes)
        self.lstm = nn.LSTM(n_probes, hidden, batch_first=True, num_layers=2)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, curves):
        h, _ = self.lstm(self.norm(curves))
        return self.cls(h[:, -1])


def make_batch(n=8, t=15, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, t, 3, generator=g), torch.randint(0, 3, (n,), generator=g)
