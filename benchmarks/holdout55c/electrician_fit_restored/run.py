# expect: clean
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from wiring import CircuitTagger, Trainer  # noqa: E402


def make_loader(n_batches, batch=4, steps=6):
    g = torch.Generator().manual_seed(n_batches)
    return [(torch.randn(batch, steps, 3, generator=g), torch.randint(0, 3, (batch, steps), generator=g))
            for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = CircuitTagger()
    trainer = Trainer(model, max_epochs=2)
    history = trainer.fit(make_loader(3), make_loader(2))
    print("final loss", round(history[-1], 4))


if __name__ == "__main__":
    main()
