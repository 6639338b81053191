# expect: crash
"""Robust pH forecaster for kombucha batches, trained with an input-gradient penalty."""
import torch

from kombucha import FermentGRU, train_with_penalty


def brews(n, batch=4, hours=12):
    out = []
    for _ in range(n):
        x = torch.randn(batch, hours, 2)
        y = 3.0 - 0.2 * x[..., 1].mean(1) + 0.05 * x[..., 0].mean(1)
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(16)
    train_with_penalty(FermentGRU(), brews(3))
