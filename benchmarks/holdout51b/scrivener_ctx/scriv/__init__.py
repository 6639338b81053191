from .models import QuillNet
from .tools import EvalMode, stroke_attribution

__all__ = ["QuillNet", "EvalMode", "stroke_attribution"]
