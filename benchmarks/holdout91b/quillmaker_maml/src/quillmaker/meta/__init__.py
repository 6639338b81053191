from .inner import adapt
from .outer import MetaLearner

__all__ = ["adapt", "MetaLearner"]
