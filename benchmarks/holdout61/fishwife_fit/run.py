# expect: crash
import logging

import torch

from fishwife import CatchTagger, Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    trainer = Trainer(CatchTagger(), max_epochs=2)
    hist = trainer.fit(make_batches(3, 1), make_batches(2, 2))
    print("val history", [round(h, 3) for h in hist])


if __name__ == "__main__":
    main()
