from .engine.loop import SplitLoop
from .models.sled import SledGRU

__all__ = ["SledGRU", "SplitLoop"]
