from .models import DraftNet
from .training import Trainer

__all__ = ["DraftNet", "Trainer"]
