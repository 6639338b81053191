# expect: clean
"""Smelter ingot traces: WGAN-GP with an LSTM critic scoring generated temperature curves."""
import torch
import torch.nn as nn

torch.manual_seed(4)
T, F = 6, 2


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(F, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h.mean(1))


gen = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, T * F))
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))


def gradient_penalty(real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        score = critic(mix)
    g, = torch.autograd.grad(score.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(3):
    real = torch.randn(4, T, F)
    fake = gen(torch.randn(4, 4)).view(4, T, F).detach()
    loss_c = critic(fake).mean() - critic(real).mean() + 10.0 * gradient_penalty(real, fake)
    opt_c.zero_grad()
    loss_c.backward()
    opt_c.step()
    loss_g = -critic(gen(torch.randn(4, 4)).view(4, T, F)).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    print(it, round(loss_c.item(), 4), round(loss_g.item(), 4))
