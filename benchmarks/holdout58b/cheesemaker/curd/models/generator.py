import torch
import torch.nn as nn


class CurveGenerator(nn.Module):
    def __init__(self, z_dim=4, n_ch=2, length=10):
        super().__init__()
        self.length, self.n_ch = length, n_ch
        self.net = nn.Sequential(nn.Linear(z_dim, 16), nn.ReLU(), nn.Linear(16, length * n_ch))

    def forward(self, z):
        return torch.tanh(self.net(z)).view(z.shape[0], self.length, self.n_ch)
