"""clockwind: meta-learning drift correction for tower clocks (one task = one clock)."""
from .data import ClockTasks
from .meta import MetaLearner, adapt

__all__ = ["ClockTasks", "MetaLearner", "adapt"]
