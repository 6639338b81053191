from .model import KnotRegressor
from .tasks import sample_task
from .meta import MetaLearner

__all__ = ["KnotRegressor", "sample_task", "MetaLearner"]
