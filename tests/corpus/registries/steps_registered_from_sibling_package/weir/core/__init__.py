from .registry import STEPS, step
from .runner import Runner

__all__ = ["STEPS", "step", "Runner"]
