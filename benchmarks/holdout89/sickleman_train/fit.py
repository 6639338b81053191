# expect: clean
import logging

import torch

from sickle import SheafTagger, Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 6, generator=g), torch.randint(0, 3, (4, 7), generator=g))
            for _ in range(n)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    model = SheafTagger()
    trainer = Trainer(model, make_batches(3, 1), make_batches(2, 2), max_epochs=2)
    hist = trainer.fit()
    print("history", [(round(a, 3), round(b, 3)) for a, b in hist])


if __name__ == "__main__":
    main()
