from .tasks import BellCastingTask, make_pits
from .engine import Trainer

__all__ = ["BellCastingTask", "make_pits", "Trainer"]
