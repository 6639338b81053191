# expect: clean
"""Lacquer-drying curves: WGAN-GP with a GRUCell critic unrolled by hand (double backward is fine)."""
import torch
import torch.nn as nn

torch.manual_seed(5)
T, D, H = 8, 2, 8


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(D, H)
        self.v = nn.Linear(H, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), H)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.v(h)


gen = nn.Sequential(nn.Linear(4, T * D), nn.Tanh())
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.5, 0.9))


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(3):
    real = torch.randn(4, T, D)
    fake = gen(torch.randn(4, 4)).view(4, T, D).detach()
    loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    opt_c.zero_grad()
    loss.backward()
    opt_c.step()
    print(it, float(loss))
