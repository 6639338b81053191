# expect: clean
"""Recurrent-critic WGAN-GP where only the penalty term's critic forward runs with cuDNN disabled (the
double-backward path), while the Wasserstein terms keep the cuDNN kernels in train mode."""
import torch
import torch.nn as nn


class GRUCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[1][-1])


def penalty(critic, real, fake, lam=10.0):
    eps = torch.rand(real.shape[0], 1, 1)
    mixed = (eps * real + (1 - eps) * fake).requires_grad_()
    with torch.backends.cudnn.flags(enabled=False):
        score = critic(mixed)
        (grad,) = torch.autograd.grad(score.sum(), mixed, create_graph=True)
    return lam * ((grad.flatten(1).norm(dim=1) - 1) ** 2).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    critic = GRUCritic()
    gen = nn.Sequential(nn.Linear(3, 10), nn.Tanh(), nn.Unflatten(1, (5, 2)))
    opt_c = torch.optim.Adam(critic.parameters(), lr=1e-4)
    for step in range(3):
        real, fake = torch.randn(4, 5, 2), gen(torch.randn(4, 3)).detach()
        loss = critic(fake).mean() - critic(real).mean() + penalty(critic, real, fake)
        opt_c.zero_grad()
        loss.backward()
        opt_c.step()
        print(step, loss.item())
