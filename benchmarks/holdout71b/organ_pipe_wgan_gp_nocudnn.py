# expect: clean
"""Organ-pipe tone synthesis: WGAN-GP with a GRU critic over short pitch sequences; the critic step runs with cuDNN off."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, s):
        o, _ = self.gru(s)
        return self.score(o[:, -1])


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 10))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


torch.manual_seed(9)
G, D = Gen(), Critic()
optD = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
optG = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
D.train(); G.train()
for it in range(2):
    real = torch.sin(torch.linspace(0, 3, 10)).repeat(4, 1).unsqueeze(-1) + 0.1 * torch.randn(4, 10, 1)
    fake = G(torch.randn(4, 4)).detach()
    with torch.backends.cudnn.flags(enabled=False):
        lossD = D(fake).mean() - D(real).mean() + 10 * gradient_penalty(D, real, fake)
        optD.zero_grad()
        lossD.backward()
    optD.step()
    lossG = -D(G(torch.randn(4, 4))).mean()
    optG.zero_grad()
    lossG.backward()
    optG.step()
    print(it, lossD.item(), lossG.item())
