"""bellfounder: a tiny hand-written imitation of a LightningModule + Trainer loop."""
from .lit import LitModule, Loop

__all__ = ["LitModule", "Loop"]
