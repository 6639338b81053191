from .nets import BellowsNet
from .tasks import sample_task

__all__ = ["BellowsNet", "sample_task"]
