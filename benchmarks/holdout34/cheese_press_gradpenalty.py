# expect: crash
"""Cheese-press schedules: a critic scores pressing-pressure curves, trained WGAN-style.

The critic is a GRU over the pressure trace; a gradient penalty keeps it 1-Lipschitz.
"""
import torch
import torch.nn as nn

STEPS, HIDDEN, BATCH = 10, 8, 6


class PressCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(1, HIDDEN, batch_first=True)
        self.out = nn.Linear(HIDDEN, 1)

    def forward(self, curve):
        h, _ = self.rnn(curve.unsqueeze(-1))
        return self.out(h[:, -1])


class PressGenerator(nn.Module):
    def __init__(self, z_dim=4):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(z_dim, 16), nn.ReLU(), nn.Linear(16, STEPS), nn.Softplus())

    def forward(self, z):
        return torch.cumsum(self.net(z), dim=1)


def real_schedules(n):
    ramp = torch.linspace(0.5, 4.0, STEPS)
    return ramp * (1 + 0.1 * torch.randn(n, 1))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(4)
    critic, gen = PressCritic(), PressGenerator()
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    critic.train()
    gen.train()
    for it in range(3):
        real = real_schedules(BATCH)
        fake = gen(torch.randn(BATCH, 4)).detach()
        opt_c.zero_grad()
        loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
        loss_c.backward()  # TM003-here
        opt_c.step()
        opt_g.zero_grad()
        loss_g = -critic(gen(torch.randn(BATCH, 4))).mean()
        loss_g.backward()
        opt_g.step()
        print(f"iter {it}: critic {loss_c.item():.3f} gen {loss_g.item():.3f}")


if __name__ == "__main__":
    main()
