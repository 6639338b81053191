# expect: crash
"""WGAN-GP for short sensor sequences: GRU critic, MLP generator.
The gradient penalty differentiates the critic's gradient norm (double backward)."""
import torch
import torch.nn as nn

torch.manual_seed(12)
T, D, Z = 6, 2, 4


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(D, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


gen = nn.Sequential(nn.Linear(Z, 16), nn.Tanh(), nn.Linear(16, T * D))
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), 1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), 1e-3, betas=(0.5, 0.9))


def gradient_penalty(real, fake):
    eps = torch.rand(real.size(0), 1, 1)
    mix = (eps * real + (1 - eps) * fake).requires_grad_(True)
    score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(2):
    real = torch.randn(4, T, D)
    fake = gen(torch.randn(4, Z)).view(4, T, D).detach()
    loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(real, fake)
    opt_c.zero_grad()
    loss_c.backward()  # TM003-here
    opt_c.step()
    loss_g = -critic(gen(torch.randn(4, Z)).view(4, T, D)).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    print(it, loss_c.item(), loss_g.item())
