# expect: clean
"""Forester canopy-moisture forecasting: entry script.

Fits a hand-rolled Lightning-style module with the small trainer in src/forester/engine.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from forester import CanopyModule, Trainer, make_loaders  # noqa: E402


def main():
    torch.manual_seed(11)
    train_dl, val_dl = make_loaders(n_train=12, n_val=4, batch=4)
    module = CanopyModule(n_in=5, hidden=8, lr=3e-3)
    trainer = Trainer(max_epochs=2)
    trainer.fit(module, train_dl, val_dl)
    print("history:", [round(v, 4) for v in trainer.history])


if __name__ == "__main__":
    main()
