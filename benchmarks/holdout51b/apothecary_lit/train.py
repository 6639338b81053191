# expect: crash
"""Fit the assay classifier with the in-house Lightning-like trainer."""
import torch

from minilit import Trainer
from remedies import RemedyLit


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 4, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    Trainer(max_epochs=2).fit(RemedyLit(), loader(3, 1), loader(2, 2))
