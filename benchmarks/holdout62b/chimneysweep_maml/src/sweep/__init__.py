from .meta import MetaLearner, adapt
from .data import sample_task

__all__ = ["MetaLearner", "adapt", "sample_task"]
