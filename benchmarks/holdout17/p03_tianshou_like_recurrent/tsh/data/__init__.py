from .collector import Collector
from .env import ToyPOMDP

__all__ = ["Collector", "ToyPOMDP"]
