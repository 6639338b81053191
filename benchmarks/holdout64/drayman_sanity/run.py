# expect: crash
import logging

import torch

from drayman import CartRouteNet, Trainer


def make_batches(n, batch=4, steps=6, feat=5):
    return [(torch.randn(batch, steps, feat), torch.randn(batch)) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.WARNING)
    torch.manual_seed(0)
    model = CartRouteNet()
    trainer = Trainer(max_epochs=2)
    trainer.fit(model, make_batches(3), make_batches(2))
    print("done")


if __name__ == "__main__":
    main()
