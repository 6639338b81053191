from .serving import ModelHolder
from .tasks import GapTask

__all__ = ["ModelHolder", "GapTask"]
