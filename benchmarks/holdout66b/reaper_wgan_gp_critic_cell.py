# expect: clean
"""Synthetic swath-width sequences: WGAN-GP with a GRUCell critic unrolled by hand."""
import torch
import torch.nn as nn

torch.manual_seed(3)
SEQ, FEAT, HID, BATCH = 6, 2, 8, 4


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, SEQ * FEAT))

    def forward(self, z):
        return self.net(z).view(-1, SEQ, FEAT)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(FEAT, HID)
        self.score = nn.Linear(HID, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), HID)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.score(h)


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


gen, critic = Generator(), Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))
for it in range(3):
    real = torch.cumsum(torch.randn(BATCH, SEQ, FEAT) * 0.1, dim=1)
    fake = gen(torch.randn(BATCH, 4)).detach()
    loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(critic, real, fake)
    opt_c.zero_grad()
    loss_c.backward()
    opt_c.step()
    loss_g = -critic(gen(torch.randn(BATCH, 4))).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    print(it, round(loss_c.item(), 4), round(loss_g.item(), 4))
