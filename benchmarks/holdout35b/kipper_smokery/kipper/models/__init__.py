from .smoke import SmokeModel
from .factory import load_for_inference

__all__ = ["SmokeModel", "load_for_inference"]
