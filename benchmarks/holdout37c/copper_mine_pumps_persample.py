# expect: crash
"""Copper-mine dewatering: per-sample gradient norms for a GRU inflow forecaster.

The pump scheduler wants to know which shift logs dominate the update, so each
sample's gradient norm is computed with torch.func and logged before the
regular optimiser step.
"""
import math
import random

import torch
import torch.nn as nn
from torch.func import functional_call, grad

SHIFT_LEN = 6
N_SENSORS = 5


class InflowForecaster(nn.Module):
    def __init__(self, n_in=N_SENSORS, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def make_shift_logs(n):
    xs, ys = [], []
    for _ in range(n):
        base = random.uniform(0.2, 1.0)
        seq = torch.randn(SHIFT_LEN, N_SENSORS) * 0.1 + base
        xs.append(seq)
        ys.append(torch.tensor(base * 3.0 + 0.05 * random.random()))
    return torch.stack(xs), torch.stack(ys)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return (pred.squeeze(0) - y) ** 2


def per_sample_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    g = grad(sample_loss)
    norms = []
    for xi, yi in zip(x, y):
        gi = g(params, buffers, model, xi, yi)  # TM002-here
        norms.append(torch.cat([v.reshape(-1) for v in gi.values()]).norm())
    return torch.stack(norms)


def main():
    torch.manual_seed(3)
    random.seed(3)
    model = InflowForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = make_shift_logs(8)
    for step in range(3):
        model.train()
        norms = per_sample_norms(model, x, y)
        heavy = int(norms.argmax())
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f} heaviest shift {heavy} "
              f"norm {norms[heavy].item():.3f}")
    assert not math.isnan(loss.item())


if __name__ == "__main__":
    main()
