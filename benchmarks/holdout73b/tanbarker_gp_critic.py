# expect: crash
"""Tanbarker: WGAN-GP on bark-moisture sequences, LSTM critic, gradient penalty on interpolates."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1])


gen = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 12))
critic = Critic()
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-3, betas=(0.5, 0.9))
opt_g = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.9))


def penalty(real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


for it in range(3):
    real = torch.randn(4, 6, 2)
    fake = gen(torch.randn(4, 4)).view(4, 6, 2)
    critic.train()
    loss_c = critic(fake.detach()).mean() - critic(real).mean() + 10 * penalty(real, fake.detach())
    opt_c.zero_grad()
    loss_c.backward()  # TM003-here
    opt_c.step()
    loss_g = -critic(gen(torch.randn(4, 4)).view(4, 6, 2)).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
print("wgan-gp done")
