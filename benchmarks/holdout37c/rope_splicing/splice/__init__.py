from .nets import SpliceStrengthGRU
from .runtime import Accelerator, load_for_inference

__all__ = ["Accelerator", "SpliceStrengthGRU", "load_for_inference"]
