"""Marathon chip timing: predict finish time from split sequences."""
from .engine import Engine
from .callbacks import GradTimesInput, PrintMetrics

__all__ = ["Engine", "GradTimesInput", "PrintMetrics"]
