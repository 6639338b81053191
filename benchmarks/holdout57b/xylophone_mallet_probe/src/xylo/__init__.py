from .registry import MODELS, build_model, register_model
from .training import ProbeTrainer

__all__ = ["MODELS", "build_model", "register_model", "ProbeTrainer"]
