"""frostlight: a hand-written imitation of a LightningModule/Trainer pair."""
from .core import FrostModule, MiniTrainer

__all__ = ["FrostModule", "MiniTrainer"]
