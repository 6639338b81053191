# expect: crash
"""Organ-bellows pressure GAN: WGAN-GP with an LSTM critic, gradient penalty via create_graph."""
import torch
import torch.nn as nn

torch.manual_seed(5)
T, D, H, B = 6, 2, 8, 4


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(D, H, batch_first=True)
        self.lin = nn.Linear(H, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.lin(o.mean(1))


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, T * D))

    def forward(self, z):
        return self.net(z).view(-1, T, D)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic, gen = Critic(), Gen()
oc = torch.optim.Adam(critic.parameters(), 1e-3, betas=(0.5, 0.9))
og = torch.optim.Adam(gen.parameters(), 1e-3, betas=(0.5, 0.9))
for it in range(2):
    real = torch.randn(B, T, D)
    fake = gen(torch.randn(B, 4)).detach()
    d_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    oc.zero_grad()
    d_loss.backward()  # TM003-here
    oc.step()
    g_loss = -critic(gen(torch.randn(B, 4))).mean()
    og.zero_grad(); g_loss.backward(); og.step()
    print(it, d_loss.item(), g_loss.item())
