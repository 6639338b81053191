"""Energy model over ballad-sheet rhythm sequences, with a Langevin sampler."""
import torch
from torch import nn


class RhythmEnergy(nn.Module):
    def __init__(self, d=2, h=10):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.energy = nn.Linear(h, 1)

    def forward(self, x):
        return self.energy(self.rnn(x)[0][:, -1]).squeeze(-1)

    def sample(self, n=4, steps=5, length=6, step_size=0.1):
        """Short-run Langevin chain started from noise. Sampling is inference, so switch to eval."""
        self.eval()
        x = torch.randn(n, length, 2)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            e = self(x).sum()
            g, = torch.autograd.grad(e, x)  # TM001-here
            x = x - step_size * g + (2 * step_size) ** 0.5 * 0.01 * torch.randn_like(x)
        return x.detach()
