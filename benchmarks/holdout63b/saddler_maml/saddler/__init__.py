from .meta import MetaLearner
from .nets import TensionLSTM
from .nets.tasks import sample_task

__all__ = ["MetaLearner", "TensionLSTM", "sample_task"]
