# expect: crash
"""WGAN-GP with a GRU critic over sequences: the gradient penalty differentiates the critic's input gradient."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, x):
        return self.score(self.gru(x)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    mixed = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    (slopes,) = torch.autograd.grad(critic(mixed).sum(), mixed, create_graph=True)
    return ((slopes.flatten(1).norm(dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
critic = Critic()
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
for step in range(2):
    real, fake = torch.randn(4, 7, 2), torch.randn(4, 7, 2)
    loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
print(loss.item())
