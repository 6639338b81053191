from .evaluation import evaluate, make_counts

__all__ = ["evaluate", "make_counts"]
