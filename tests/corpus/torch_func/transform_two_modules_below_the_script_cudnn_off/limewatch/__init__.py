from .model import KilnGRU
from .probes import SensitivityProbe
from .trainer import Trainer

__all__ = ["KilnGRU", "SensitivityProbe", "Trainer"]
