# expect: crash
"""Chimney-swift roost entry counts from dusk radar sweeps.

After a short fit, a diagonal Fisher-information probe is computed with
per-sample gradients (torch.func) to flag which parameters are well determined.
"""
import argparse
from dataclasses import dataclass, field

import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(4)


@dataclass
class RoostConfig:
    sweeps: int = 6
    bins: int = 5
    hidden: int = 10
    batch: int = 4
    steps: int = 3
    probe_samples: int = 3
    tags: list = field(default_factory=lambda: ["dusk", "radar"])


class RoostModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg.bins, cfg.hidden, batch_first=True)
        self.rate = nn.Linear(cfg.hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.rate(out[:, -1]).squeeze(-1)


def radar(cfg, n):
    x = torch.rand(n, cfg.sweeps, cfg.bins)
    return x, (x.sum(dim=(1, 2)) / 3).round()


def fit(bundle, cfg):
    model, opt = bundle["model"], bundle["opt"]
    model.train()
    for _ in range(cfg.steps):
        x, y = radar(cfg, cfg.batch)
        loss = nn.functional.poisson_nll_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return nn.functional.poisson_nll_loss(pred, y.unsqueeze(0))


def fisher_diagonal(bundle, cfg):
    model = bundle["model"]
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    x, y = radar(cfg, cfg.probe_samples)
    fisher = {k: torch.zeros_like(v) for k, v in params.items()}
    for i in range(cfg.probe_samples):
        g = grad(sample_loss)(params, buffers, model, x[i], y[i])  # TM002-here
        for k in fisher:
            fisher[k] += g[k] ** 2 / cfg.probe_samples
    return fisher


def summarise(fisher):
    return {k: float(v.mean()) for k, v in fisher.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=10)
    ap.add_argument("--no-probe", action="store_true")
    args = ap.parse_args()
    cfg = RoostConfig(hidden=args.hidden)
    model = RoostModel(cfg)
    bundle = {"model": model, "opt": torch.optim.Adam(model.parameters(), lr=1e-2)}
    print("fit loss", round(fit(bundle, cfg), 4))
    if not args.no_probe:
        for k, v in summarise(fisher_diagonal(bundle, cfg)).items():
            print(f"{k:24s} {v:.3e}")


if __name__ == "__main__":
    main()
