from .env import TuningEnv
from .agents import Agent, Baseline
from .engine import run_training

__all__ = ["TuningEnv", "Agent", "Baseline", "run_training"]
