# expect: clean
import logging

import torch

from saltboiler import BrineNet, Trainer


def make_batches(n, batch=4, steps=6):
    return [(torch.randn(batch, steps, 3), torch.randn(batch)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = BrineNet()
    trainer = Trainer(model, make_batches(3), make_batches(2))
    hist = trainer.fit()
    print("done", len(hist))


if __name__ == "__main__":
    main()
