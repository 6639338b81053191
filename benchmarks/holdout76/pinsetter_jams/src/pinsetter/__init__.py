from .model import JamNet
from .tools import evaluating, LaneClosed
from .loop import run_training

__all__ = ["JamNet", "evaluating", "LaneClosed", "run_training"]
