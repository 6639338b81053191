from .runner import Runner
from .tasks import TuningTask

__all__ = ["Runner", "TuningTask"]
