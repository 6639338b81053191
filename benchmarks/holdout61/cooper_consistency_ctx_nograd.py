# expect: clean
"""Barrel cooper: stave-moisture sequences -> leak risk.  Semi-supervised with a
consistency term between a clean view (predicted with the model in inference mode)
and a jittered view."""
import argparse
import contextlib
import random

import torch
import torch.nn.functional as F
from torch import nn


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield model
    finally:
        model.train(was_training)


class StaveNet(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.risk(out[:, -1]).squeeze(-1)


def jitter(x, scale=0.05):
    return x + scale * torch.randn_like(x)


def labelled(n, g):
    x = torch.randn(n, 6, 4, generator=g)
    return x, (x[..., 0].mean(-1) > 0).float()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--lam", type=float, default=0.5)
    args = ap.parse_args(argv)

    random.seed(0)
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    model = StaveNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(args.steps):
        xl, yl = labelled(4, g)
        xu = torch.randn(4, 6, 4, generator=g)
        with evaluating(model):
            clean_view = torch.sigmoid(model(xu))
        noisy_view = torch.sigmoid(model(jitter(xu)))
        sup = F.binary_cross_entropy_with_logits(model(xl), yl)
        cons = F.mse_loss(noisy_view, clean_view)
        loss = sup + args.lam * cons
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} sup {sup.item():.3f} cons {cons.item():.4f}")


if __name__ == "__main__":
    main([])
