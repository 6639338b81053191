# expect: crash
"""Torque-wrench trace synthesis for a mechanics workshop (WGAN-GP).

Generator: MLP noise -> torque trace.  Critic: LSTM over the trace.
Gradient penalty on interpolates (create_graph=True), critic in train mode.
"""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, B, Z = 10, 6, 5


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, T))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h.mean(1))


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    s = critic(mix)
    g, = torch.autograd.grad(s.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def critic_step(critic, gen, opt_c, real):
    fake = gen(torch.randn(B, Z)).detach()
    gp = gradient_penalty(critic, real, fake)
    loss = critic(fake).mean() - critic(real).mean() + 10.0 * gp
    opt_c.zero_grad()
    loss.backward()  # TM003-here
    opt_c.step()
    return loss.item()


def gen_step(critic, gen, opt_g):
    loss = -critic(gen(torch.randn(B, Z))).mean()
    opt_g.zero_grad()
    loss.backward()
    opt_g.step()
    return loss.item()


def main():
    gen, critic = Gen(), Critic()
    critic.train(); gen.train()
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = torch.cumsum(torch.randn(B, T, 1) * 0.1, dim=1)
        lc = critic_step(critic, gen, opt_c, real)
        lg = gen_step(critic, gen, opt_g)
        print(it, round(lc, 3), round(lg, 3))


if __name__ == "__main__":
    main()
