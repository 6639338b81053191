# expect: crash
"""Rivet heaters: glow-colour critic trained with a gradient penalty on interpolated temperature traces."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.v(h[-1])


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(4)
    critic = Critic().train()
    opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
    for it in range(2):
        real, fake = torch.randn(4, 6, 1), torch.randn(4, 6, 1)
        loss = critic(fake).mean() - critic(real).mean() + 10 * penalty(critic, real, fake)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
