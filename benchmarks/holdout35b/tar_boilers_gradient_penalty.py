# expect: crash
"""Tar-boiler temperature traces: a WGAN-style critic (LSTM) trained with a
gradient penalty on interpolates between real and generated traces."""
import torch
import torch.nn as nn

torch.manual_seed(6)
T, B = 8, 4


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 10, batch_first=True)
        self.score = nn.Linear(10, 1)

    def forward(self, seq):
        h, _ = self.lstm(seq)
        return self.score(h.mean(1))


gen = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, T))
critic = Critic()
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))


def penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(3):
    real = torch.cumsum(torch.randn(B, T, 1) * 0.1, 1)
    with torch.no_grad():
        fake = gen(torch.randn(B, 4)).unsqueeze(-1)
    critic.train()
    loss = critic(fake).mean() - critic(real).mean() + 10.0 * penalty(critic, real, fake)
    c_opt.zero_grad()
    loss.backward()  # TM003-here
    c_opt.step()
    print(f"iter {it} critic loss {loss.item():.3f}")
