# expect: clean
import logging

import torch

from model import ThimbleNet
from trainer import Trainer


def make_loader(n_batches, batch=4, steps=5, feats=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, feats, generator=g), torch.randint(0, 3, (batch,), generator=g))
            for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    trainer = Trainer(ThimbleNet(), max_epochs=2)
    hist = trainer.fit(make_loader(3), make_loader(2, seed=1))
    print("done", [round(h, 3) for h in hist])


if __name__ == "__main__":
    main()
