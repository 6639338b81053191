# expect: crash
"""Chimney sweeps' flue draught: a GRU critic trained with a gradient penalty
(WGAN-GP style) to tell recorded draught traces from simulated ones."""
import torch
from torch import nn


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.score(h[-1])


def recorded(n=4, t=10):
    base = torch.linspace(0, 3, t)
    return (torch.sin(base + torch.rand(n, 1)) + 0.1 * torch.randn(n, t)).unsqueeze(-1)


def simulated(n=4, t=10):
    return torch.randn(n, t, 1) * 0.5


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(11)
    critic = Critic()
    critic.train()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for step in range(3):
        real, fake = recorded(), simulated()
        wdist = critic(real).mean() - critic(fake).mean()
        loss = -wdist + 10.0 * gradient_penalty(critic, real, fake)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print("step", step, "w", round(wdist.item(), 4))


if __name__ == "__main__":
    main()
