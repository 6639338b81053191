# expect: clean
"""Vinedresser harvest-yield forecaster, trained with a hand-written Lightning-like trainer."""
import torch

from harvest import MiniTrainer, YieldModule


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    MiniTrainer(max_epochs=2).fit(YieldModule(), loader(3, 1), loader(2, 2))
    print("done")
