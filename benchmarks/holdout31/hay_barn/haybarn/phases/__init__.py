from .records import TrainPhase, EvaluatePhase, LRFindPhase
from .dispatch import execute

__all__ = ["TrainPhase", "EvaluatePhase", "LRFindPhase", "execute"]
