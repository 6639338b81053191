# expect: clean
"""Coachbuilders' varnish cure: predict tack-free time for each coat from the
shop's humidity/temperature log.

Models come from a registry decorator; the trainer gets evaluate() from a
mixin. The mixin scores a snapshot copy so the training model keeps its mode.
"""
import logging

import torch

from varnish import CureTrainer, REGISTRY, coat_batches

SETTINGS = {"model": "gru_cure", "hidden": 8, "epochs": 3, "lr": 8e-3}


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.manual_seed(43)
    model = REGISTRY[SETTINGS["model"]](hidden=SETTINGS["hidden"])
    trainer = CureTrainer(model, lr=SETTINGS["lr"])
    train, val = coat_batches(5), coat_batches(2)
    for epoch in range(SETTINGS["epochs"]):
        loss = trainer.train_epoch(train)
        score = trainer.evaluate(val)
        logging.info("epoch %d loss %.4f val mae %.4f", epoch, loss, score)
        trainer.polish_step(val[0])
    logging.info("registry: %s", sorted(REGISTRY))


if __name__ == "__main__":
    main()
