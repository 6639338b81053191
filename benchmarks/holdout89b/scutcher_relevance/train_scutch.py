# expect: crash
"""Scutching-mill vibration: a trainer with a list of callbacks, one logging gradient*input relevance."""
import torch

from scutch.model import MillGRU
from scutch.callbacks import LossLogger, RelevanceLogger
from scutch.trainer import Trainer

torch.manual_seed(11)

if __name__ == "__main__":
    model = MillGRU()
    probe = torch.randn(2, 7, 5)
    callbacks = [LossLogger(), RelevanceLogger(probe, every=1)]
    trainer = Trainer(model, callbacks)
    trainer.fit(epochs=2, steps=3)
    print("relevance snapshots:", len(callbacks[1].snapshots))
