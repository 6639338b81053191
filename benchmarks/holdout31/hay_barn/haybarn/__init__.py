from .model import HeatingNet
from .phases import TrainPhase, EvaluatePhase, LRFindPhase, execute

__all__ = ["HeatingNet", "TrainPhase", "EvaluatePhase", "LRFindPhase", "execute"]
