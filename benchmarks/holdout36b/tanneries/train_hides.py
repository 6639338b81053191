# expect: crash
"""Hide-grade classifier for a tannery: sensor traces from the liming drums -> grade A/B/C.

Usage: python train_hides.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from tannery import HideGradeTrainer, TanneryConfig


def main():
    torch.manual_seed(3)
    cfg = TanneryConfig(epochs=3, batch_size=4, hidden=8, features=5, steps=6)
    trainer = HideGradeTrainer(cfg)
    history = trainer.fit()
    for row in history:
        print("epoch {epoch}: train_loss={train_loss:.4f} valid_acc={valid_acc:.3f}".format(**row))


if __name__ == "__main__":
    main()
