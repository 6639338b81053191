# expect: clean
# category: double_backward
"""WGAN-GP with the penalty's critic forward run with cuDNN disabled (the documented workaround)."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 16, batch_first=True)
        self.out = nn.Linear(16, 1)

    def forward(self, seq):
        return self.out(self.lstm(seq)[0][:, -1])


def gradient_penalty(critic, real, fake):
    alpha = torch.rand(real.size(0), 1, 1)
    interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        scores = critic(interp)
    grads = torch.autograd.grad(scores.sum(), interp, create_graph=True)[0]
    return ((grads.flatten(1).norm(2, dim=1) - 1) ** 2).mean()


torch.manual_seed(0)
critic = Critic()
c_opt = torch.optim.Adam(critic.parameters(), lr=1e-4)
for it in range(2):
    real, fake = torch.randn(8, 5, 3), torch.randn(8, 5, 3)
    c_loss = critic(fake).mean() - critic(real).mean() + 10 * gradient_penalty(critic, real, fake)
    c_opt.zero_grad()
    c_loss.backward()
    c_opt.step()
