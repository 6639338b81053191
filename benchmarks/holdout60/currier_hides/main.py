# expect: crash
import logging

import torch

from currier import HideGrader, Trainer


def make_batches(n, bs=4, steps=7, feat=6):
    g = torch.Generator().manual_seed(n)
    return [(torch.randn(bs, steps, feat, generator=g), torch.randint(0, 4, (bs,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(0)
    trainer = Trainer(HideGrader(), max_epochs=2)
    trainer.fit(make_batches(3), make_batches(2))
    print("done")
