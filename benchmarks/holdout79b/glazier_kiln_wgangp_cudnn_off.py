# expect: clean
"""Glazier kiln curves: a WGAN-GP whose critic is a GRU over temperature profiles.
The gradient penalty differentiates the critic twice, so the critic's step runs with
cuDNN switched off."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, F_IN, Z = 12, 2, 4


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(F_IN, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.Tanh(), nn.Linear(16, T * F_IN))

    def forward(self, z):
        return self.net(z).view(-1, T, F_IN)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def critic_step(critic, gen, opt_c, real, lam=10.0):
    fake = gen(torch.randn(real.size(0), Z)).detach()
    with torch.backends.cudnn.flags(enabled=False):
        loss = critic(fake).mean() - critic(real).mean() + lam * gradient_penalty(critic, real, fake)
        opt_c.zero_grad()
        loss.backward()
    opt_c.step()
    return loss.item()


def gen_step(critic, gen, opt_g, n):
    loss = -critic(gen(torch.randn(n, Z))).mean()
    opt_g.zero_grad()
    loss.backward()
    opt_g.step()
    return loss.item()


if __name__ == "__main__":
    critic, gen = Critic(), Generator()
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = torch.cumsum(torch.randn(4, T, F_IN) * 0.1, dim=1)
        lc = critic_step(critic, gen, opt_c, real)
        lg = gen_step(critic, gen, opt_g, 4)
        print(f"it {it} critic {lc:.3f} gen {lg:.3f}")
