# expect: clean
"""Cartographer survey: predict elevation drift along a theodolite traverse.
Entry script: builds a hand-written LightningModule-like module and a Trainer subclass."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from carto import TraverseModule, BestTrackingTrainer  # noqa: E402


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randn(4, 1, generator=g)) for _ in range(n_batches)]


def main():
    torch.manual_seed(5)
    module = TraverseModule(hidden=8)
    trainer = BestTrackingTrainer(max_epochs=2)
    trainer.fit(module, make_loader(3, 0), make_loader(2, 1))
    print("best", round(trainer.best, 4))


if __name__ == "__main__":
    main()
