# expect: clean
"""Train the courier ETA regressor. Everything interesting lives in courier.engine."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from courier import EtaGRU, Trainer, make_batches

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def main():
    torch.manual_seed(7)
    config = {"n_features": 5, "hidden": 12, "lr": 3e-3, "max_epochs": 2, "sanity_steps": 1}
    model = EtaGRU(config["n_features"], config["hidden"], lr=config["lr"])
    train_batches = make_batches(6, batch=4, steps=7, n_features=config["n_features"])
    val_batches = make_batches(2, batch=4, steps=7, n_features=config["n_features"])
    trainer = Trainer(max_epochs=config["max_epochs"], num_sanity_val_steps=config["sanity_steps"])
    trainer.fit(model, train_batches, val_batches)
    print("best val mae", round(trainer.best_val, 4))


if __name__ == "__main__":
    main()
