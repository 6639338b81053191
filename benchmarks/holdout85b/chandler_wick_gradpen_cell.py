# expect: clean
"""Chandler wick burn critic: WGAN-GP style gradient penalty with an LSTMCell critic unrolled by hand."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(2, 8)
        self.v = nn.Linear(8, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), 8)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.v(h)


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 14))

    def forward(self, z):
        return self.net(z).view(-1, 7, 2)


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic, gen = Critic(), Gen()
c_opt = torch.optim.Adam(critic.parameters(), 1e-3, betas=(0.5, 0.9))
for it in range(3):
    real = torch.randn(4, 7, 2)
    fake = gen(torch.randn(4, 4)).detach()
    loss = critic(fake).mean() - critic(real).mean() + 10 * penalty(critic, real, fake)
    c_opt.zero_grad()
    loss.backward()
    c_opt.step()
    print(it, loss.item())
