from .early_stopping import EarlyStopping
from .sensitivity import GradSensitivity

__all__ = ["EarlyStopping", "GradSensitivity"]
