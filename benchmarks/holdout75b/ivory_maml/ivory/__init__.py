from .meta import MetaLearner, sample_task
from .nets import SeqRegressor

__all__ = ["MetaLearner", "sample_task", "SeqRegressor"]
