from .model import RouteNet
from .tasks import sample_tasks
from .meta import MetaLearner

__all__ = ["RouteNet", "MetaLearner", "sample_tasks"]
