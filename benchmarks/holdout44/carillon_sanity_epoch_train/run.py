# expect: clean
"""Carillon bell-strike timing: fit a GRU tagger on simulated striking intervals."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from carillon import BellTask, Trainer, make_loaders  # noqa: E402


def main():
    torch.manual_seed(0)
    train_loader, val_loader = make_loaders(n_train=6, n_val=2, batch=4, steps=7, bells=6)
    task = BellTask(n_bells=6, hidden=12, lr=3e-3)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1, log_every=2)
    trainer.fit(task, train_loader, val_loader)
    print("final", trainer.history[-1])


if __name__ == "__main__":
    main()
