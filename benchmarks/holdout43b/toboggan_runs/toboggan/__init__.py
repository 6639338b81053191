from .model import TimeModel
from .data import tracks
from .fitter import Fitter
from .callbacks import EarlyStopping, GradSensitivity

__all__ = ["TimeModel", "tracks", "Fitter", "EarlyStopping", "GradSensitivity"]
