# expect: clean
"""WGAN-GP over voussoir profiles of dry-stone arch bridges.

Each bridge arch is a sequence of stones: (width, height, wedge angle). A GRU generator
proposes arches, a GRU critic scores them. The gradient penalty needs a double backward
through the critic, so the critic's forward on the interpolated arches runs with cuDNN off
(the shape follows a public report, keon/seq2seq-wgan#2, where `loss_d.backward()` failed
with the double-backward error).
"""
import torch
from torch import nn

STONES = 9
torch.manual_seed(17)


class ArchGenerator(nn.Module):
    def __init__(self, z_dim=6, hidden=12):
        super().__init__()
        self.inp = nn.Linear(z_dim, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, z):
        h0 = torch.tanh(self.inp(z))
        seq = h0.unsqueeze(1).expand(-1, STONES, -1).contiguous()
        h, _ = self.gru(seq)
        return self.out(h)


class ArchCritic(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, arch):
        h, _ = self.gru(arch)
        return self.score(h.mean(1)).squeeze(-1)


def surveyed_arches(n):
    angle = torch.linspace(-1, 1, STONES)
    width = 0.4 + 0.05 * torch.randn(n, STONES)
    height = 0.6 - 0.1 * angle.abs() + 0.03 * torch.randn(n, STONES)
    wedge = angle.expand(n, -1) * (0.8 + 0.1 * torch.randn(n, 1))
    return torch.stack([width, height, wedge], -1)


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.shape[0], 1, 1)
    mixed = (eps * real + (1 - eps) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        scores = critic(mixed)
    (g,) = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


gen, critic = ArchGenerator(), ArchCritic()
g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
for it in range(4):
    for _ in range(2):  # critic steps
        real = surveyed_arches(6)
        fake = gen(torch.randn(6, 6)).detach()
        loss_d = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
        c_opt.zero_grad()
        loss_d.backward()
        c_opt.step()
    loss_g = -critic(gen(torch.randn(6, 6))).mean()
    g_opt.zero_grad()
    loss_g.backward()
    g_opt.step()
    print(f"iter {it}: critic {loss_d.item():.3f} generator {loss_g.item():.3f}")
