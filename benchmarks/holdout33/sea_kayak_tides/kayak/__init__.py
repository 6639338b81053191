from .model import DriftModel
from .data import crossings
from .loops import make_step, make_validator

__all__ = ["DriftModel", "crossings", "make_step", "make_validator"]
