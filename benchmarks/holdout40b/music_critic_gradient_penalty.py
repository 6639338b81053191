# expect: crash
"""WGAN-GP for short melody fragments (piano-roll, 8 pitches x 6 steps).
Both generator and critic are GRUs; the critic is regularised with a
gradient penalty on interpolated fragments.
"""
import torch
import torch.nn as nn

PITCHES, STEPS, Z = 8, 6, 4


class Generator(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(Z, hidden, batch_first=True)
        self.out = nn.Linear(hidden, PITCHES)

    def forward(self, z):
        h, _ = self.rnn(z)
        return torch.sigmoid(self.out(h))


class Critic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(PITCHES, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, roll):
        _, h = self.rnn(roll)
        return self.score(h[-1])


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    (g,) = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def main():
    torch.manual_seed(8)
    gen, critic = Generator(), Critic()
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
    real_bank = (torch.rand(16, STEPS, PITCHES) > 0.7).float()
    for it in range(2):
        for _ in range(2):
            real = real_bank[torch.randint(16, (4,))]
            fake = gen(torch.randn(4, STEPS, Z)).detach()
            c_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
            c_opt.zero_grad()
            c_loss.backward()  # TM003-here
            c_opt.step()
        g_loss = -critic(gen(torch.randn(4, STEPS, Z))).mean()
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        print(it, round(c_loss.item(), 4), round(g_loss.item(), 4))


if __name__ == "__main__":
    main()
