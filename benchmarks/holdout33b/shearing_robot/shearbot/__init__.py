from .policy import BladePolicy
from .callbacks import Callback, LossPrinter, JacobianSmoothness
from .loop import ImitationLoop

__all__ = ["BladePolicy", "Callback", "LossPrinter", "JacobianSmoothness", "ImitationLoop"]
