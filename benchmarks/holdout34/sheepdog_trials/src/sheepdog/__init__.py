from .engine import Engine, Events
from .data.runs import TrialScorer, make_runs

__all__ = ["Engine", "Events", "TrialScorer", "make_runs"]
