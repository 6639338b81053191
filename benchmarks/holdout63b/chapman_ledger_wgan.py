# expect: crash
"""Chapman's ledger: WGAN-GP for synthetic sales sequences with a GRU critic."""
import torch
import torch.nn as nn

torch.manual_seed(3)
SEQ, FEAT, Z = 7, 3, 4


class Gen(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.Tanh(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(FEAT, 12, batch_first=True)
        self.score = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


G, D = Gen(), Critic()
og = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
od = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
for it in range(3):
    real = torch.randn(6, SEQ, FEAT)
    fake = G(torch.randn(6, Z)).detach()
    od.zero_grad()
    d_loss = D(fake).mean() - D(real).mean() + 10.0 * gradient_penalty(D, real, fake)
    d_loss.backward()  # TM003-here
    od.step()
    og.zero_grad()
    g_loss = -D(G(torch.randn(6, Z))).mean()
    g_loss.backward()
    og.step()
    print(it, d_loss.item(), g_loss.item())
