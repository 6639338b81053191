from .lit import FlowForecaster, MiniTrainer
from .util import load_pretrained

__all__ = ["FlowForecaster", "MiniTrainer", "load_pretrained"]
