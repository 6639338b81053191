from .nets import BrineNet
from .runtime import Evaluating

__all__ = ["BrineNet", "Evaluating"]
