# expect: clean
"""Tallow-wick flicker sequences: WGAN-GP with a GRU critic."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, D, Z = 8, 2, 6


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, T * D))

    def forward(self, z):
        return self.net(z).view(-1, T, D)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(D, 12, batch_first=True)
        self.score = nn.Linear(12, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.score(h[-1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def step(G, C, opt_g, opt_c, real, lam=10.0):
    fake = G(torch.randn(real.size(0), Z)).detach()
    # the penalty is differentiated twice; keep the critic on the native RNN kernels for it
    with torch.backends.cudnn.flags(enabled=False):
        loss_c = C(fake).mean() - C(real).mean() + lam * gradient_penalty(C, real, fake)
        opt_c.zero_grad()
        loss_c.backward()
    opt_c.step()
    loss_g = -C(G(torch.randn(real.size(0), Z))).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    return loss_c.item(), loss_g.item()


if __name__ == "__main__":
    G, C = Gen(), Critic()
    G.train(); C.train()
    og = torch.optim.Adam(G.parameters(), 1e-3, betas=(0.5, 0.9))
    oc = torch.optim.Adam(C.parameters(), 1e-3, betas=(0.5, 0.9))
    for i in range(3):
        real = torch.sin(torch.linspace(0, 3, T)).view(1, T, 1).repeat(4, 1, D) + 0.1 * torch.randn(4, T, D)
        print(i, step(G, C, og, oc, real))
