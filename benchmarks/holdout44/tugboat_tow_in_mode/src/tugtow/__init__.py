from .model import TensionNet
from .runtime import Stepper

__all__ = ["TensionNet", "Stepper"]
