# expect: clean
"""Cooper barrel-stave acoustic traces: WGAN-GP whose critic unrolls an LSTMCell, so double backward is fine."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, D = 8, 2


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(D, 8)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), 8)
        c = x.new_zeros(x.size(0), 8)
        hs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            hs.append(h)
        return self.score(torch.stack(hs, 1).mean(1))


gen = nn.Sequential(nn.Linear(4, T * D), nn.Tanh())
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))


def gradient_penalty(critic, real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    out = critic(mix)
    g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for step in range(3):
    real = torch.randn(4, T, D)
    fake = gen(torch.randn(4, 4)).view(4, T, D)
    loss_c = critic(fake.detach()).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake.detach())
    opt_c.zero_grad()
    loss_c.backward()
    opt_c.step()
    loss_g = -critic(gen(torch.randn(4, 4)).view(4, T, D)).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
print("done")
