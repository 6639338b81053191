from .buffer import ReservoirBuffer
from .distill import DistillationPlugin
from .strategy import ReplayKDStrategy

__all__ = ["DistillationPlugin", "ReplayKDStrategy", "ReservoirBuffer"]
