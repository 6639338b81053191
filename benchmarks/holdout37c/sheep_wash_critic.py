# expect: crash
"""Sheep-wash dip timings: adversarial augmentation of fleece-moisture traces.

A small generator proposes synthetic drying curves; an LSTM critic scores them
and is regularised with a gradient penalty on interpolates (WGAN-GP style).
"""
import torch
import torch.nn as nn

SEQ, FEAT, Z = 8, 3, 4


class CurveGenerator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class LSTMCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.score(out.mean(1))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def real_curves(n):
    t = torch.linspace(0, 1, SEQ)
    decay = torch.rand(n, 1) * 2 + 1
    wet = torch.exp(-decay * t)
    return torch.stack([wet, wet.diff(prepend=wet[:, :1]), torch.rand(n, SEQ) * 0.1], -1)


def main(steps=3, lam=10.0):
    torch.manual_seed(5)
    gen, critic = CurveGenerator(), LSTMCritic()
    opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for step in range(steps):
        real = real_curves(4)
        fake = gen(torch.randn(4, Z)).detach()
        critic.train()
        c_loss = critic(fake).mean() - critic(real).mean()
        gp = gradient_penalty(critic, real, fake)
        opt_c.zero_grad()
        (c_loss + lam * gp).backward()  # TM003-here
        opt_c.step()

        g_loss = -critic(gen(torch.randn(4, Z))).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        print(f"step {step}: critic {c_loss.item():.3f} gp {gp.item():.3f} gen {g_loss.item():.3f}")


if __name__ == "__main__":
    main()
