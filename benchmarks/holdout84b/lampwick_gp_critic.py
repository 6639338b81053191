# expect: crash
"""Lamp-wick burn traces: WGAN-GP with an LSTM critic over generated flame-height sequences."""
import torch
import torch.nn as nn

torch.manual_seed(3)
SEQ, FEAT, Z = 8, 2, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.Tanh(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, 10, batch_first=True)
        self.score = nn.Linear(10, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.score(o[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


G, D = Generator(), Critic()
opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.0, 0.9))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.0, 0.9))

for it in range(3):
    real = torch.sin(torch.linspace(0, 3, SEQ)).view(1, SEQ, 1).repeat(4, 1, FEAT) + 0.1 * torch.randn(4, SEQ, FEAT)
    fake = G(torch.randn(4, Z)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
    opt_d.zero_grad()
    d_loss.backward()  # TM003-here
    opt_d.step()
    g_loss = -D(G(torch.randn(4, Z))).mean()
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    print(it, round(d_loss.item(), 3), round(g_loss.item(), 3))
print("done")
