from .core import LitModule, WheelModel
from .utils import EvalMode, Runner

__all__ = ["LitModule", "WheelModel", "EvalMode", "Runner"]
