from .core import LitModule, Trainer
from .tasks import RefillTask

__all__ = ["LitModule", "Trainer", "RefillTask"]
