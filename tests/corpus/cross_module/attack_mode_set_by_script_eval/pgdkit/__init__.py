from .attack import SeqPGD
from .models import StrokeNet

__all__ = ["SeqPGD", "StrokeNet"]
