# expect: clean
"""Fit the vineyard frost-fan scheduler with the hand-written trainer."""
import torch

from frost_model import FanScheduler
from frostlight import MiniTrainer


def make_loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n):
        x = torch.randn(4, 6, 4, generator=g)
        y = (x[:, -1, 0] < 0).long()
        batches.append((x, y))
    return batches


if __name__ == "__main__":
    torch.manual_seed(1)
    model = FanScheduler()
    trainer = MiniTrainer(max_epochs=3, num_sanity_val_steps=1)
    logged = trainer.fit(model, make_loader(4, 0), make_loader(2, 1))
    print({k: round(v[-1], 3) for k, v in logged.items()})
