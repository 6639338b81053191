from .build import TrainerBuilder
from .model import DOForecaster

__all__ = ["TrainerBuilder", "DOForecaster"]
