# expect: clean
"""Lava-lamp blob trajectories: Langevin sampling from a GRU energy model, cuDNN off for sampling."""
import math
import torch
import torch.nn as nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 12, batch_first=True)
        self.e = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.e(h[:, -1]).squeeze(-1)


def langevin(model, x, steps=5, eps=0.01):
    x = x.clone().requires_grad_(True)
    for _ in range(steps):
        with torch.backends.cudnn.flags(enabled=False):
            energy = model(x).sum()
        g, = torch.autograd.grad(energy, x)
        x = (x - 0.5 * eps * g + math.sqrt(eps) * torch.randn_like(x)).detach().requires_grad_(True)
    return x.detach()


def main():
    torch.manual_seed(3)
    model = Energy()
    model.eval()  # sampling only, no dropout
    samples = langevin(model, torch.randn(4, 6, 2))
    print(samples.shape)


main()
