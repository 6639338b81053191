from .critic import RindCritic
from .generator import CurveGenerator

__all__ = ["RindCritic", "CurveGenerator"]
