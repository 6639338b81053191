# expect: crash
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from dyer import Trainer, VatClassifier  # noqa: E402


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    model = VatClassifier()
    trainer = Trainer(model, make_batches(3, 1), make_batches(2, 2), max_epochs=2)
    history = trainer.fit()
    print("final", history[-1])


if __name__ == "__main__":
    main()
