from .wear import GateWearNet
from .factory import load_for_inference

__all__ = ["GateWearNet", "load_for_inference"]
