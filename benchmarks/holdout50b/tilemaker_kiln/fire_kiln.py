# expect: crash
"""Fit the crack-risk model with the mini trainer (validation every epoch)."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from tilemaker import KilnModule, MiniTrainer  # noqa: E402
from tilemaker.data import profile_loader  # noqa: E402


if __name__ == "__main__":
    torch.manual_seed(0)
    module = KilnModule(hidden=8)
    trainer = MiniTrainer(max_epochs=3, check_val_every_n_epoch=1)
    trainer.fit(module, profile_loader(3, seed=1), profile_loader(2, seed=2))
