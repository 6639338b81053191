from .nets import NibNet
from .meta import MetaLearner
from .data import sample_task

__all__ = ["NibNet", "MetaLearner", "sample_task"]
