from .nets import TowNet
from .meta import MetaLearner

__all__ = ["TowNet", "MetaLearner"]
