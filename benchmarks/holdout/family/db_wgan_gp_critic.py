# expect: crash
# category: double_backward
# rule: TM003
"""WGAN-GP for sequences: a GRU critic with the gradient penalty (Gulrajani et al.)."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 16, batch_first=True)
        self.out = nn.Linear(16, 1)

    def forward(self, seq):
        return self.out(self.gru(seq)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    scores = critic(interp)
    grads = torch.autograd.grad(scores, interp, torch.ones_like(scores), create_graph=True)[0]
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
critic = Critic()
generator = nn.Linear(4, 5 * 3)
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.5, 0.9))
for it in range(2):
    real = torch.randn(8, 5, 3)
    fake = generator(torch.randn(8, 4)).view(8, 5, 3).detach()
    c_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    c_opt.zero_grad()
    c_loss.backward()  # crash-here
    c_opt.step()
