from .model import WearGRU
from .meta import MetaLearner, adapt
from .tasks import task_sampler

__all__ = ["WearGRU", "MetaLearner", "adapt", "task_sampler"]
