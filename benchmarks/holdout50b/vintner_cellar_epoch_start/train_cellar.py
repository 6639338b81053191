# expect: clean
"""Train a fermentation-time model and log which sensor it relies on. The
relevance probe runs in the epoch-start hook, on the validation batch."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from vintner import Trainer  # noqa: E402
from vintner.callbacks import input_relevance  # noqa: E402
from vintner.models import make_model  # noqa: E402

CFG = {"sensors": 3, "hidden": 10, "layers": 1, "epochs": 2, "batch": 4, "hours": 12}
SENSORS = ["brix", "temp", "co2"]


def make_loader(n_batches, seed):
    def loader():
        g = torch.Generator().manual_seed(seed)
        for _ in range(n_batches):
            x = torch.randn(CFG["batch"], CFG["hours"], CFG["sensors"], generator=g)
            y = 10 - x[..., 0].mean(1) * 3 + x[..., 2].mean(1)
            yield x, y
    return loader


class RelevanceTrainer(Trainer):
    def on_validation_end(self, epoch, val_loss):
        logging.info("epoch %d val %.4f", epoch, val_loss)

    def on_epoch_start(self, epoch):
        x, _ = next(iter(self.val_batches()))
        rel = input_relevance(self.model, x)
        self.model.zero_grad()
        top = SENSORS[int(rel.argmax())]
        logging.info("epoch %d starts; model relies on %s (%s)", epoch, top,
                     ", ".join(f"{s}={r:.2f}" for s, r in zip(SENSORS, rel.tolist())))


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.manual_seed(0)
    model = make_model(CFG)
    trainer = RelevanceTrainer(model, make_loader(3, 1), make_loader(2, 2))
    hist = trainer.fit(CFG["epochs"])
    print("final", hist[-1])


if __name__ == "__main__":
    main()
