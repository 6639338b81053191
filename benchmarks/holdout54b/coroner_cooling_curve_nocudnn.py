# expect: clean
"""Coroner's cooling-curve regressor with an input-smoothness penalty.

Estimates hours since death from a short series of core-temperature readings.
The estimate should not jump when a single reading moves a little, so the
loss adds the squared norm of d(estimate)/d(readings), which needs a second
backward pass through the recurrent encoder.
"""
import argparse

import torch
import torch.nn as nn


class CoolingEstimator(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, readings):
        out, _ = self.rnn(readings)
        return self.head(out[:, -1]).squeeze(-1)


def newton_cooling(batch, steps, seed):
    g = torch.Generator().manual_seed(seed)
    hours = torch.rand(batch, generator=g) * 20 + 1
    ambient = 18 + 4 * torch.rand(batch, 1, generator=g)
    t = torch.arange(steps).float().unsqueeze(0) * 0.5 + hours.unsqueeze(1)
    temp = ambient + (37 - ambient) * torch.exp(-0.08 * t)
    temp = temp + 0.05 * torch.randn(temp.shape, generator=g)
    readings = torch.stack([(temp - 30) / 5, ambient.expand_as(temp) / 20 - 1], -1)
    return readings, hours / 20


def smooth_loss(model, readings, target, lam):
    readings = readings.clone().requires_grad_(True)
    est = model(readings)
    fit = nn.functional.mse_loss(est, target)
    (g,) = torch.autograd.grad(est.sum(), readings, create_graph=True)
    return fit + lam * g.pow(2).sum(dim=(1, 2)).mean(), fit


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--lam", type=float, default=0.1)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    model = CoolingEstimator()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for step in range(args.steps):
        x, y = newton_cooling(6, 8, seed=step)
        opt.zero_grad()
        # cuDNN cannot differentiate its own RNN backward, so the penalised
        # step runs on the native kernels
        with torch.backends.cudnn.flags(enabled=False):
            total, fit = smooth_loss(model, x, y, args.lam)
            total.backward()
        opt.step()
        print(f"step {step} fit {fit.item():.4f} total {total.item():.4f}")


if __name__ == "__main__":
    main()
