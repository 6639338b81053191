# expect: clean
"""Forge-bellows airflow GAN: a WGAN-GP whose critic is an LSTM over the
airflow trace; the gradient penalty differentiates the critic's input
gradient (create_graph=True) in train mode, with the critic step run under cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn

torch.manual_seed(7)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.v(h[:, -1])


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Linear(4, 6 * 2)

    def forward(self, z):
        return self.net(z).view(-1, 6, 2)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.shape[0], 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic, gen = Critic(), Gen()
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3)
for it in range(2):
    real = torch.randn(4, 6, 2)
    fake = gen(torch.randn(4, 4)).detach()
    with torch.backends.cudnn.flags(enabled=False):
        c_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
        c_opt.zero_grad()
        c_loss.backward()
    c_opt.step()
    g_loss = -critic(gen(torch.randn(4, 4))).mean()
    g_opt.zero_grad(); g_loss.backward(); g_opt.step()
print("done")
