# expect: crash
"""WGAN-GP for short multivariate sequences with a GRU critic and a GRU generator
(train mode throughout); the gradient penalty is a double backward."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


class Generator(nn.Module):
    def __init__(self, z=3, d=2, h=8):
        super().__init__()
        self.gru = nn.GRU(z, h, batch_first=True)
        self.fc = nn.Linear(h, d)

    def forward(self, noise):
        return torch.tanh(self.fc(self.gru(noise)[0]))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
G, D = Generator(), Critic()
g_opt = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
d_opt = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
for it in range(2):
    real = torch.randn(4, 6, 2).tanh()
    fake = G(torch.randn(4, 6, 3)).detach()
    d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
    d_opt.zero_grad()
    d_loss.backward()  # TM003-here
    d_opt.step()
    g_loss = -D(G(torch.randn(4, 6, 3))).mean()
    g_opt.zero_grad()
    g_loss.backward()
    g_opt.step()
print("done")
