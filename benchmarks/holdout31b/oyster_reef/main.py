# expect: clean
"""Oyster-reef sensors: forecast dissolved oxygen on an intertidal reef from salinity,
temperature and tide height. Training is driven step by step from this script; the
best snapshot is scored mid-epoch and its weights are copied back when the live model
drifts, and training then continues.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402
from reefsense import TrainerBuilder  # noqa: E402


def main():
    torch.manual_seed(47)
    trainer = (
        TrainerBuilder()
        .with_hidden(8)
        .with_lr(4e-3)
        .with_epochs(3)
        .with_steps_per_epoch(5)
        .build()
    )
    for epoch, step, loss in trainer:
        if step % 2 == 1:
            live, best = trainer.score_live(), trainer.score_best()
            if live > best * 1.05:
                trainer.restore_best()
            print(f"e{epoch} s{step} loss {loss:.4f} live {live:.4f} best {best:.4f}")


if __name__ == "__main__":
    main()
