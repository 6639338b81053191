from .relevance import GradTimesInput
from .printing import PrintMetrics

__all__ = ["GradTimesInput", "PrintMetrics"]
