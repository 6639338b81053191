from .agent import Agent
from .rl import FineTuner, Track

__all__ = ["Agent", "FineTuner", "Track"]
