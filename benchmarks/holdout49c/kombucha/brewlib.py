"""Helpers for the kombucha fermentation notebooks: data, model, and per-batch gradient diagnostics."""
import math
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class PhLSTM(nn.Module):
    """pH trajectory model: sugar, temperature, SCOBY age, tea type per hour -> pH in 6 hours."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.reg(out[:, -1]).squeeze(-1)


def brew_batches(n_batches=6, bs=4, hours=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for b in range(n_batches):
        x = torch.rand(bs, hours, 4, generator=g)
        y = 4.0 - 1.2 * x[:, :, 0].mean(1) + 0.1 * torch.randn(bs, generator=g)
        if b == 3:  # the batch with the mislabelled jars
            y = y + 2.0
        out.append((x, y))
    return out


def _loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x,))
    return ((pred - y) ** 2).mean()


def batch_grad_norms(model, batches):
    """Gradient norm of each brew batch w.r.t. the parameters (flags suspicious batches)."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for x, y in batches:
        g = grad(_loss)(params, buffers, model, x, y)  # TM002-here
        norms.append(math.sqrt(sum(float((t ** 2).sum()) for t in g.values())))
    return norms
