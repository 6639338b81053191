# expect: clean
"""Lorimers' bit-wear logs: a hand-written LightningModule-like task with a tiny trainer."""
import torch

from lorimer.task import WearTask
from lorimer.trainer import MiniTrainer


def main():
    torch.manual_seed(6)
    task = WearTask(hidden=8)
    trainer = MiniTrainer(max_epochs=2, predict_every=1)
    trainer.fit(task)
    print("predictions kept:", len(trainer.predictions))


if __name__ == "__main__":
    main()
