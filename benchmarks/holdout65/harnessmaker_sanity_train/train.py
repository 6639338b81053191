# expect: clean
"""harnessmaker: stitch-tension forecaster. The entry only builds objects and calls fit()."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from harnessmaker import StitchLSTM, Trainer, make_loaders

CONFIG = {"features": 5, "hidden": 8, "epochs": 2, "lr": 0.05, "sanity_batches": 1}


def main():
    torch.manual_seed(1)
    model = StitchLSTM(CONFIG["features"], CONFIG["hidden"])
    train_dl, val_dl = make_loaders(CONFIG["features"])
    trainer = Trainer(max_epochs=CONFIG["epochs"], lr=CONFIG["lr"], sanity_batches=CONFIG["sanity_batches"])
    trainer.fit(model, train_dl, val_dl)
    print("done", trainer.history)


if __name__ == "__main__":
    main()
