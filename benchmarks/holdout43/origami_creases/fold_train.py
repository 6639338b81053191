# expect: clean
"""Entry point: build the data and the module, hand both to the trainer."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from foldkit import CreaseModule, FoldTrainer, TrainerConfig  # noqa: E402


def make_loader(n_batches, batch=4, steps=7, feats=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [
        (torch.randn(batch, steps, feats, generator=g), torch.randint(0, 2, (batch,), generator=g))
        for _ in range(n_batches)
    ]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    trainer = FoldTrainer(TrainerConfig(max_epochs=2, num_sanity_val_steps=1))
    module = CreaseModule()
    history = trainer.fit(module, make_loader(3), make_loader(2, seed=1))
    for epoch, tr, va in history:
        print(f"epoch {epoch}: train {tr:.3f} val {va:.3f}")


if __name__ == "__main__":
    main()
