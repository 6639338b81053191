# expect: crash
"""Bridge cable fatigue critic with a gradient penalty (double backward) through a GRU in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.v(o[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    g, = torch.autograd.grad(critic(mix).sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic = Critic().train()
opt = torch.optim.Adam(critic.parameters(), 1e-3)
real, fake = torch.randn(4, 12, 2), torch.randn(4, 12, 2)
loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
opt.zero_grad()
loss.backward()  # TM003-here
opt.step()
print(float(loss))
