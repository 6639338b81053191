# expect: clean
"""Ice hotel: forecast how many millimetres the suite walls lose per day.

A hand-written LightningModule look-alike; validation runs every few steps
in the middle of the epoch.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from thawcast import MiniTrainer, ThawModule, thaw_loaders  # noqa: E402


def main():
    torch.manual_seed(11)
    module = ThawModule(hidden=12, lr=4e-3)
    train_dl, val_dl = thaw_loaders()
    trainer = MiniTrainer(max_epochs=2, val_check_interval=3)
    trainer.fit(module, train_dl, val_dl)
    print("logged", trainer.logged[-3:])


if __name__ == "__main__":
    main()
