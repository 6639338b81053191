# expect: crash
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from bellfounder import SaliencyTrainer, ToneNet


def make_loader(n, bs=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 6, 5, generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    return [(x[i:i + bs], y[i:i + bs]) for i in range(0, n, bs)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.manual_seed(0)
    trainer = SaliencyTrainer(ToneNet(), epochs=2)
    hist = trainer.fit(make_loader(16), make_loader(8, seed=1))
    print("history", hist)


if __name__ == "__main__":
    main()
