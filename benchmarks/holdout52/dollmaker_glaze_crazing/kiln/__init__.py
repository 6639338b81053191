from .callbacks import PredictionWriter, ProgressLogger
from .data import FiringCurves
from .module import CrazingModule
from .trainer import Trainer

__all__ = ["CrazingModule", "FiringCurves", "PredictionWriter", "ProgressLogger", "Trainer"]
