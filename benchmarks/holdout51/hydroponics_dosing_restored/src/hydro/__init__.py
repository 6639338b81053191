from .engine import Trainer
from .models import DosingTask
from .models.data import make_loaders

__all__ = ["Trainer", "DosingTask", "make_loaders"]
