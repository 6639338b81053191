from .runs import TrialScorer, make_runs

__all__ = ["TrialScorer", "make_runs"]
