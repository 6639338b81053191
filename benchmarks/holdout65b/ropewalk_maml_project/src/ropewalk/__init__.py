from ropewalk.meta import MetaLearner, TwistNet
from ropewalk.data import sample_task

__all__ = ["MetaLearner", "TwistNet", "sample_task"]
