from .models import SessionGraphNet
from .engine import fit, evaluate

__all__ = ["SessionGraphNet", "fit", "evaluate"]
