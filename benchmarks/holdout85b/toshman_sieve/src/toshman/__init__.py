from .model import FindClassifier
from .train import train_steps
from .probe import trace_saliency

__all__ = ["FindClassifier", "train_steps", "trace_saliency"]
