# expect: crash
import logging

import torch

from coalwhip import BargeLoadNet, Trainer

logging.basicConfig(level=logging.WARNING)
torch.manual_seed(0)


def make_batches(n):
    return [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(n)]


if __name__ == "__main__":
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    hist = trainer.fit(BargeLoadNet(), make_batches(3), make_batches(2))
    print("done", len(hist))
