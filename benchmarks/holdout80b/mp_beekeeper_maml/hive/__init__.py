from .models import HumGRU
from .meta import MetaLearner
from .tasks import sample_tasks

__all__ = ["HumGRU", "MetaLearner", "sample_tasks"]
