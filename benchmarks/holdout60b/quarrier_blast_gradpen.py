# expect: crash
"""Quarrier blast vibration synthesis with WGAN-GP and a GRU critic.

The generator produces ground-vibration traces after a blast; the critic is a GRU. The
gradient penalty on interpolates is the standard Gulrajani et al. recipe.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)
T, Z, H = 10, 4, 8


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(Z, H, batch_first=True)
        self.out = nn.Linear(H, 1)

    def forward(self, z):
        h, _ = self.rnn(z)
        return self.out(h)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(1, H, batch_first=True)
        self.score = nn.Linear(H, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h[:, -1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    score = critic(mix)
    (g,) = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def real_batch(n=4):
    t = torch.linspace(0, 6, T)
    return (torch.exp(-0.4 * t) * torch.sin(3 * t)).view(1, T, 1).repeat(n, 1, 1) + 0.05 * torch.randn(n, T, 1)


def main(iters=2, n_critic=2, lam=10.0):
    G, D = Generator(), Critic()
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(iters):
        for _ in range(n_critic):
            real = real_batch()
            fake = G(torch.randn(4, T, Z)).detach()
            d_loss = D(fake).mean() - D(real).mean() + lam * gradient_penalty(D, real, fake)
            opt_d.zero_grad()
            d_loss.backward()  # TM003-here
            opt_d.step()
        g_loss = -D(G(torch.randn(4, T, Z))).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        print(f"iter {it} d {d_loss.item():.4f} g {g_loss.item():.4f}")


if __name__ == "__main__":
    main()
