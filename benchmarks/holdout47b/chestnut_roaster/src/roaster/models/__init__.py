from .drum import DrumCurveModule

__all__ = ["DrumCurveModule"]
