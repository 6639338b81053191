from .tasks import sample_task
from .learner import MetaLearner

__all__ = ["sample_task", "MetaLearner"]
