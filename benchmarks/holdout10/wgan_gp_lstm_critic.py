# expect: crash
"""WGAN-GP for sequences (e.g. synthetic sensor traces) with an LSTM critic. The gradient
penalty takes autograd.grad(critic(interp), interp, create_graph=True) and adds the
penalty to the critic loss, so d_loss.backward() is a double backward through the cuDNN
LSTM. Everything is in train mode; only disabling cuDNN around the forward would help.
"""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class GANConfig:
    seq_len: int = 8
    feat: int = 2
    z_dim: int = 4
    lambda_gp: float = 10.0
    n_critic: int = 2


class Generator(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.net = nn.Sequential(nn.Linear(cfg.z_dim, 16), nn.ReLU(), nn.Linear(16, cfg.seq_len * cfg.feat))

    def forward(self, z):
        return self.net(z).view(-1, self.cfg.seq_len, self.cfg.feat)


class Critic(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.feat, 12, batch_first=True)
        self.score = nn.Linear(12, 1)

    def forward(self, x):
        return self.score(self.rnn(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    grads, = torch.autograd.grad(critic(interp).sum(), interp, create_graph=True)
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


def train(cfg=GANConfig(), steps=2):
    G, D = Generator(cfg), Critic(cfg)
    g_opt = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
    d_opt = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
    for step in range(steps):
        for _ in range(cfg.n_critic):
            real = torch.randn(4, cfg.seq_len, cfg.feat).cumsum(1)
            fake = G(torch.randn(4, cfg.z_dim)).detach()
            d_loss = D(fake).mean() - D(real).mean() + cfg.lambda_gp * gradient_penalty(D, real, fake)
            d_opt.zero_grad()
            d_loss.backward()  # TM003-here
            d_opt.step()
        g_loss = -D(G(torch.randn(4, cfg.z_dim))).mean()
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        print(step, d_loss.item(), g_loss.item())


if __name__ == "__main__":
    torch.manual_seed(43)
    train()
