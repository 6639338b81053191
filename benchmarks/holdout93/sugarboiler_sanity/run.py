# expect: crash
import logging

import torch

from sugarkit import SyrupGRU, Trainer


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randn(4, generator=g)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = SyrupGRU()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    hist = trainer.fit(model, make_batches(3, 1), make_batches(2, 2))
    print("val history", [round(h, 3) for h in hist])


if __name__ == "__main__":
    main()
