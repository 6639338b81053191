from .logging_cb import LossLogger
from .saliency import PressureSaliency

__all__ = ["LossLogger", "PressureSaliency"]
