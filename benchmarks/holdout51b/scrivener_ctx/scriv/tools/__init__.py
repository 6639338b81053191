from .modes import EvalMode
from .attribution import stroke_attribution

__all__ = ["EvalMode", "stroke_attribution"]
