"""GRU critic + gradient penalty for the bell-tuning WGAN."""
import torch
from torch import nn


class Critic(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


class Generator(nn.Module):
    def __init__(self, z=4, T=8, n_feat=3):
        super().__init__()
        self.T, self.n_feat = T, n_feat
        self.net = nn.Sequential(nn.Linear(z, 16), nn.Tanh(), nn.Linear(16, T * n_feat))

    def forward(self, z):
        return self.net(z).view(-1, self.T, self.n_feat)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
