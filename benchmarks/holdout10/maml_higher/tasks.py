import math

import torch


def sample_tasks(n_tasks, n_points=5, seq=6):
    for _ in range(n_tasks):
        amp, phase = torch.rand(1) * 2 + 0.5, torch.rand(1) * math.pi
        def make():
            t = torch.rand(n_points, 1) * 3 + torch.arange(seq).float() * 0.2
            return t.unsqueeze(-1), (amp * torch.sin(t + phase)).unsqueeze(-1)
        yield make(), make()
