# expect: crash
"""Narrowboats: a WGAN-GP that generates plausible lock-passage timelines.

The critic reads a sequence of (water level, gate state) pairs with a GRU.
Gradient penalty on interpolates needs the critic's input gradient with
create_graph=True and then differentiates the penalty again.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)
SEQ, FEAT, Z = 8, 2, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(FEAT, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


def real_locks(n=4):
    t = torch.linspace(0, 1, SEQ)
    level = torch.sigmoid((t - torch.rand(n, 1)) * 10)
    gate = (level > 0.5).float()
    return torch.stack([level, gate], -1)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    G, D = Generator(), Critic()
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    G.train(); D.train()
    for it in range(3):
        real = real_locks()
        fake = G(torch.randn(4, Z)).detach()
        d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
        opt_d.zero_grad()
        d_loss.backward()  # TM003-here
        opt_d.step()
        g_loss = -D(G(torch.randn(4, Z))).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        print(f"it {it} d {d_loss.item():.3f} g {g_loss.item():.3f}")


if __name__ == "__main__":
    main()
