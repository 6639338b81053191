from .ringer import RingerRNN
from .hub import load_for_inference

__all__ = ["RingerRNN", "load_for_inference"]
