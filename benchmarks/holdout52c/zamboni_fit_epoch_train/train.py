# expect: clean
import logging

import torch

from zamboni import IceSheetNet, Trainer


def make_loader(n_batches, batch=4, steps=7, sensors=6):
    return [(torch.randn(batch, steps, sensors), torch.randn(batch)) for _ in range(n_batches)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(0)
    model = IceSheetNet()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=2)
    history = trainer.fit(model, make_loader(3), make_loader(2))
    print("done", len(history))


if __name__ == "__main__":
    main()
