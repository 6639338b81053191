from .model import Model
from .predictor import Predictor

__all__ = ["Model", "Predictor"]
