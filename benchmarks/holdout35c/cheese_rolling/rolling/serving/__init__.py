from .holder import ModelHolder
from .loader import load_for_inference

__all__ = ["ModelHolder", "load_for_inference"]
