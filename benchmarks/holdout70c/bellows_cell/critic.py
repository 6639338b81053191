"""WGAN-GP pieces for the forge-bellows notebook: sequence generator and a recurrent critic
built from an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn


class BellowsGen(nn.Module):
    def __init__(self, z=4, t=8):
        super().__init__()
        self.t = t
        self.net = nn.Sequential(nn.Linear(z, 16), nn.Tanh(), nn.Linear(16, t))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)


class BellowsCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(1, hidden)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.score(h)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()
