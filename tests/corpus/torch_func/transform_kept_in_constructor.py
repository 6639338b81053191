# expect: crash
"""DP-SGD by hand: the per-sample gradient function, `grad` of a `partial` over `functional_call`, is made
once in the step's constructor and called in a later method; running it through the GRU fails with cuDNN
on, whatever the mode."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class ShaftGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.co = nn.Linear(6, 1)

    def forward(self, x):
        return self.co(self.gru(x)[0][:, -1])


def sample_loss(model, params, x, y):
    return F.mse_loss(functional_call(model, params, (x.unsqueeze(0),)), y.unsqueeze(0))


class PrivateStep:
    def __init__(self, model, clip=1.0):
        self.model = model
        self.clip = clip
        self._grad_fn = grad(functools.partial(sample_loss, model))

    def clipped_sum(self, xb, yb):
        params = {k: v.detach() for k, v in self.model.named_parameters()}
        total = {k: torch.zeros_like(v) for k, v in params.items()}
        for x, y in zip(xb, yb):
            g = self._grad_fn(params, x, y)  # TM002-here
            norm = torch.sqrt(sum(v.pow(2).sum() for v in g.values()))
            for k in total:
                total[k] += g[k] * torch.clamp(self.clip / (norm + 1e-6), max=1.0)
        return total


step = PrivateStep(ShaftGRU())
print(sorted(step.clipped_sum(torch.randn(2, 5, 3), torch.randn(2, 1))))
