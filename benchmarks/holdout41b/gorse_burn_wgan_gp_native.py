# expect: clean
"""Gorse-burn smoke plumes: WGAN-GP with a GRU critic over plume-density sequences."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, F_ = 6, 3


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(F_, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.score(self.gru(x)[0][:, -1])


class Generator(nn.Module):
    def __init__(self, z=4):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(z, 16), nn.Tanh(), nn.Linear(16, T * F_))

    def forward(self, z):
        return self.net(z).view(-1, T, F_)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def train(steps=3, lam=10.0):
    G, D = Generator(), Critic()
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for step in range(steps):
        real = torch.randn(4, T, F_)
        fake = G(torch.randn(4, 4)).detach()
        # the fused kernels have no double backward: critic step on the native path
        with torch.backends.cudnn.flags(enabled=False):
            d_loss = D(fake).mean() - D(real).mean() + lam * gradient_penalty(D, real, fake)
            opt_d.zero_grad()
            d_loss.backward()
        opt_d.step()
        g_loss = -D(G(torch.randn(4, 4))).mean()
        opt_g.zero_grad(); g_loss.backward(); opt_g.step()
        print(step, round(d_loss.item(), 4), round(g_loss.item(), 4))


if __name__ == "__main__":
    train()
