# expect: crash
"""Cooperage stave-moisture synthesis with a WGAN-GP.

A small generator proposes moisture curves for oak staves during seasoning; an
LSTM critic scores them. The critic is trained with the usual gradient penalty
on interpolates (Gulrajani et al.), in training mode.
"""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, Z, H = 8, 4, 8


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, T))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, H, batch_first=True)
        self.score = nn.Linear(H, 1)

    def forward(self, curves):
        _, (h, _) = self.lstm(curves)
        return self.score(h[-1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mix = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.reshape(g.size(0), -1).norm(dim=1) - 1) ** 2).mean()


def real_curves(n):
    t = torch.linspace(0, 1, T)
    return (0.6 * torch.exp(-3 * t) + 0.05 * torch.randn(n, T)).unsqueeze(-1)


def main():
    gen, critic = Generator(), Critic()
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(2):
        for _ in range(2):
            real = real_curves(4)
            fake = gen(torch.randn(4, Z)).detach()
            opt_c.zero_grad()
            loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
            loss_c.backward()  # TM003-here
            opt_c.step()
        opt_g.zero_grad()
        loss_g = -critic(gen(torch.randn(4, Z))).mean()
        loss_g.backward()
        opt_g.step()
        print(f"iter {it} critic {loss_c.item():.3f} gen {loss_g.item():.3f}")


if __name__ == "__main__":
    main()
