# expect: clean
"""Loommaker: classify weave patterns from shuttle-timing sequences."""
import torch

from loom.model import WeaveGRU
from loom.tasks import WeavePatternTrainer
from loom.data import shuttle_batches

SETTINGS = dict(epochs=3, lr=3e-3, patience=5)


def main():
    torch.manual_seed(11)
    model = WeaveGRU(n_in=5, hidden=10, n_cls=3)
    trainer = WeavePatternTrainer(model, **SETTINGS)
    trainer.fit(shuttle_batches(6, seed=1), shuttle_batches(2, seed=2))
    print("best acc", trainer.best_acc)


if __name__ == "__main__":
    main()
