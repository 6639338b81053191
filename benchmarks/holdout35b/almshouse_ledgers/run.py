# expect: crash
"""Almshouse ledger anomaly tagging: entry point."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from almshouse import LedgerTrainer, build_loaders  # noqa: E402


def main():
    train_dl, valid_dl = build_loaders(seed=11)
    trainer = LedgerTrainer(hidden=10, lr=5e-3, max_epochs=2)
    history = trainer.fit(train_dl, valid_dl)
    for row in history:
        print(row)


if __name__ == "__main__":
    main()
