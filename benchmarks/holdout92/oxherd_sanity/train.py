# expect: crash
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from oxherd import Trainer, YokeTagger  # noqa: E402


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 6, generator=g), torch.randint(0, 3, (4, 5), generator=g)) for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    model = YokeTagger()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    history = trainer.fit(model, make_loader(3, 1), make_loader(2, 2))
    print("val history", [round(v, 3) for v in history])


if __name__ == "__main__":
    main()
