from .module import FlowForecaster
from .trainer import MiniTrainer

__all__ = ["FlowForecaster", "MiniTrainer"]
