import math

import torch


class ClockTasks:
    """Each task: a clock with its own drift rate; predict tomorrow's drift from a week of readings."""

    def __init__(self, T=7, seed=0):
        self.T = T
        self.g = torch.Generator().manual_seed(seed)

    def sample(self, n_shot=4):
        rate = torch.rand(1, generator=self.g) * 2 - 1
        phase = torch.rand(1, generator=self.g) * math.pi
        t = torch.arange(self.T + 1).float()
        def draw(n):
            noise = 0.05 * torch.randn(n, self.T + 1, generator=self.g)
            seq = rate * t + torch.sin(t + phase) + noise
            return seq[:, :-1, None], seq[:, -1]
        return draw(n_shot), draw(n_shot)
