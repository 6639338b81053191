# expect: crash
"""Shingle-spit drift: the learning rate of the inner update is itself learned by a
one-step hypergradient (differentiate the post-update validation loss w.r.t. lr)."""
import torch

from spits.data import drift_batches
from spits.meta import HyperLRTrainer
from spits.model import DriftGRU

torch.manual_seed(19)

model = DriftGRU()
trainer = HyperLRTrainer(model, init_lr=0.05)
train, valid = drift_batches(4), drift_batches(4, shift=0.3)
for step, (tb, vb) in enumerate(zip(train, valid)):
    lr, vloss = trainer.step(tb, vb)
    print(f"step {step} lr {lr:.4f} val {vloss:.4f}")
