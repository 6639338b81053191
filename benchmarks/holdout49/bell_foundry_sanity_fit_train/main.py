# expect: clean
import logging

import torch

from foundry import BellToneModel, Trainer


def make_batches(n, seq=6, bs=4):
    return [(torch.randn(bs, seq, 3), torch.randn(bs, 1)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = BellToneModel()
    trainer = Trainer(max_epochs=2)
    hist = trainer.fit(model, make_batches(3), make_batches(2))
    print("val", [round(h, 3) for h in hist])


if __name__ == "__main__":
    main()
