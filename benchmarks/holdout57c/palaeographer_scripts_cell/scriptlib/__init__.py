"""scriptlib: stroke-sequence models for dating medieval hands."""
from .models import StrokeNet, HANDS
from .analysis import evaluate, integrated_gradients

__all__ = ["StrokeNet", "HANDS", "evaluate", "integrated_gradients"]
