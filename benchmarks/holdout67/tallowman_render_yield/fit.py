# expect: crash
"""Tallowman render-yield forecasting with a hand-written Lightning-like module."""
import torch

from tallowman.core import Trainer
from tallowman.tasks import RenderYieldTask
from tallowman.data import random_batches

torch.manual_seed(11)

task = RenderYieldTask(n_in=4, hidden=10)
trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
trainer.fit(task, train_batches=random_batches(3, seed=0), val_batches=random_batches(2, seed=1))
print("logged", task.logged)
