from .model import TallyNet
from .engine import Trainer

__all__ = ["TallyNet", "Trainer"]
