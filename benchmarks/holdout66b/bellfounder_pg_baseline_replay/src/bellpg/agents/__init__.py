from .policy import Agent
from .value import Baseline

__all__ = ["Agent", "Baseline"]
