import torch
from torch import nn


class PatchEncoder(nn.Module):
    """Encodes a walk through the woods: (soil moisture, canopy, temperature, elevation) per waypoint."""

    def __init__(self, n_in=4, hidden=10, p_drop=0.3):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.Dropout(p_drop))
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.post = nn.Dropout(p_drop)
        self.head = nn.Linear(hidden, 3)  # chanterelle / cep / nothing

    def forward(self, walk):
        h, _ = self.encoder(self.inp(walk))
        return self.head(self.post(h[:, -1]))


def random_walks(n=6, length=15, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, length, 4, generator=g)
    y = (x[:, :, 0].mean(1) > 0).long() + (x[:, :, 1].mean(1) > 0.3).long()
    return x, y
