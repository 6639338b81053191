# expect: clean
"""Pottery wheel: a critic scores spin-speed traces of thrown pots (WGAN-GP).

The gradient penalty needs a double backward through the critic's LSTM. The
critic's forward on the interpolates and the penalty backward run inside
``torch.backends.cudnn.flags(enabled=False)``, so the native kernels (which
support double backward) are used.
"""
import torch
import torch.nn as nn

torch.manual_seed(11)


class SpinCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.score(h[:, -1])


class SpinGenerator(nn.Module):
    def __init__(self, z=4, t=10):
        super().__init__()
        self.t = t
        self.net = nn.Sequential(nn.Linear(z, 16), nn.Tanh(), nn.Linear(16, t))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)


def real_traces(n=4, t=10):
    base = torch.linspace(0, 1, t)
    return (torch.sin(base * 6 + torch.rand(n, 1) * 3)).unsqueeze(-1)


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mix = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        score = critic(mix)
        g = torch.autograd.grad(score.sum(), mix, create_graph=True)[0]
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    critic, gen = SpinCritic(), SpinGenerator()
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        critic.train()
        real = real_traces()
        fake = gen(torch.randn(4, 4)).detach()
        with torch.backends.cudnn.flags(enabled=False):
            c_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
            c_opt.zero_grad()
            c_loss.backward()
        c_opt.step()
        g_loss = -critic(gen(torch.randn(4, 4))).mean()
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        print(it, round(c_loss.item(), 4), round(g_loss.item(), 4))


if __name__ == "__main__":
    main()
