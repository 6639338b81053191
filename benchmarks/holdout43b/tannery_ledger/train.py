# expect: crash
"""Tannery ledgers: grade each batch of hides (A/B/C) from the sequence of
ledger entries written while it sat in the pits (liming, bating, tanning
liquor strength, days). Uses a small hand-written LightningModule-style API
from src/tannery."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from tannery import LedgerClassifier, MiniTrainer, make_loaders  # noqa: E402


def main():
    torch.manual_seed(0)
    train_dl, val_dl = make_loaders(n_train=24, n_val=8, batch_size=4)
    module = LedgerClassifier(n_feat=5, hidden=12, n_grades=3, lr=5e-3)
    trainer = MiniTrainer(max_epochs=2, num_sanity_val_steps=1, log_every=3)
    trainer.fit(module, train_dl, val_dl)
    print("best val acc:", max(trainer.val_acc_history))


if __name__ == "__main__":
    main()
