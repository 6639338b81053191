# expect: clean
"""Wherryman: Thames wherry crossing times from tide and wind readings,
trained with a small hand-written Lightning-style trainer."""
import torch

from lite import Trainer
from tasks import CrossingTask


def loaders():
    g = torch.Generator().manual_seed(7)
    train = [(torch.randn(4, 6, 5, generator=g), torch.rand(4, 1, generator=g)) for _ in range(3)]
    val = [(torch.randn(4, 6, 5, generator=g), torch.rand(4, 1, generator=g)) for _ in range(2)]
    return train, val


if __name__ == "__main__":
    torch.manual_seed(7)
    train, val = loaders()
    trainer = Trainer(max_epochs=2)
    trainer.fit(CrossingTask(hidden=8), train, val)
    print("val history", trainer.history)
