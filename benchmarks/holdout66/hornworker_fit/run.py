# expect: crash
import logging

import torch

from models import HornTagger
from trainer import Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 6, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(0)
    model = HornTagger()
    trainer = Trainer(max_epochs=2, sanity_steps=1)
    hist = trainer.fit(model, make_batches(3, 1), make_batches(2, 2))
    print("val history", hist)
