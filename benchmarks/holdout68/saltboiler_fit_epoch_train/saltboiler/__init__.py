from .model import BrineNet
from .engine import Trainer

__all__ = ["BrineNet", "Trainer"]
