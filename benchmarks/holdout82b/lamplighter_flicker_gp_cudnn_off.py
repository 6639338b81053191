# expect: clean
"""Lamplighter flicker: WGAN-GP critic with a GRU; the penalty pass runs with cuDNN disabled."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.score(h[:, -1])


def gradient_penalty(critic, real, fake):
    a = torch.rand(real.size(0), 1, 1)
    mix = (a * real + (1 - a) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        out = critic(mix)
    (g,) = torch.autograd.grad(out.sum(), mix, create_graph=True)
    return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()


critic = Critic().train()
opt = torch.optim.Adam(critic.parameters(), 1e-3)
for step in range(2):
    real, fake = torch.randn(4, 7, 1), torch.randn(4, 7, 1)
    loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
