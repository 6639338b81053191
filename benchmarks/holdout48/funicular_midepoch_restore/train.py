# expect: clean
"""Funicular railway counterweight load: a hand-written LightningModule-like task and trainer."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from funicular import CounterweightTask, Trainer, random_loader


if __name__ == "__main__":
    torch.manual_seed(10)
    task = CounterweightTask(hidden=8, lr=5e-3)
    trainer = Trainer(max_epochs=2, val_check_interval=2)
    trainer.fit(task, random_loader(12), random_loader(4))
    print(trainer.logged[-3:])
