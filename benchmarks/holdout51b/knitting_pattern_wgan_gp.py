# expect: crash
"""Knitting-machine stitch patterns: a WGAN-GP whose critic is a GRU over rows of a
pattern and whose generator is an MLP. Critic in train mode, gradient penalty on
interpolates, as in the usual recipe."""
import torch
import torch.nn as nn

torch.manual_seed(17)
ROWS, WIDTH, Z = 6, 5, 4


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.rows = nn.GRU(WIDTH, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, pat):
        return self.out(self.rows(pat)[1][-1]).squeeze(-1)


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(Z, 16), nn.ReLU(), nn.Linear(16, ROWS * WIDTH))

    def forward(self, z):
        return torch.sigmoid(self.net(z)).view(-1, ROWS, WIDTH)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    score = critic(mix)
    (g,) = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


def real_patterns(n):
    base = (torch.arange(WIDTH)[None, None, :] + torch.arange(ROWS)[None, :, None]) % 2
    return (base.float() + 0.05 * torch.randn(n, ROWS, WIDTH)).clamp(0, 1)


if __name__ == "__main__":
    C, G = Critic(), Generator()
    opt_c = torch.optim.Adam(C.parameters(), lr=1e-3, betas=(0.5, 0.9))
    opt_g = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    for it in range(3):
        real = real_patterns(4)
        fake = G(torch.randn(4, Z)).detach()
        loss_c = C(fake).mean() - C(real).mean() + 10.0 * gradient_penalty(C, real, fake)
        opt_c.zero_grad()
        loss_c.backward()  # TM003-here
        opt_c.step()
        loss_g = -C(G(torch.randn(4, Z))).mean()
        opt_g.zero_grad()
        loss_g.backward()
        opt_g.step()
        print(f"it {it} critic {loss_c.item():.3f} gen {loss_g.item():.3f}")
