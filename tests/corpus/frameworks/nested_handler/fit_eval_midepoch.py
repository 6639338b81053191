# expect: crash
# category: frameworks
"""Evaluation every 2 steps; only the printing callback listens, and the epoch goes on in eval mode."""
import torch

from nets import GRUReg, data
from trainkit import Trainer

torch.manual_seed(0)
trainer = Trainer(GRUReg(), data(), data(2, seed=1), eval_every=2)
trainer.fit()
