# expect: crash
"""Dyer vat colour curves: WGAN-GP with a GRU critic over dye-uptake sequences."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, seq):
        _, h = self.gru(seq)
        return self.score(h[-1])


class Generator(nn.Module):
    def __init__(self, z=4, steps=10):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(z, 16), nn.ReLU(), nn.Linear(16, steps))
        self.steps = steps

    def forward(self, z):
        return torch.sigmoid(self.net(z)).cumsum(1).unsqueeze(-1) / self.steps


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def real_curves(n, steps=10):
    rate = torch.rand(n, 1) * 0.5 + 0.2
    t = torch.linspace(0, 1, steps).unsqueeze(0)
    return (1 - torch.exp(-rate * 5 * t)).unsqueeze(-1)


if __name__ == "__main__":
    torch.manual_seed(2)
    G, D = Generator(), Critic()
    og = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    od = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = real_curves(6)
        fake = G(torch.randn(6, 4)).detach()
        d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
        od.zero_grad()
        d_loss.backward()  # TM003-here
        od.step()
        g_loss = -D(G(torch.randn(6, 4))).mean()
        og.zero_grad()
        g_loss.backward()
        og.step()
        print(it, float(d_loss), float(g_loss))
