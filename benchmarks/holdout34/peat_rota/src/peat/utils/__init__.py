from .evaluation import evaluate_mae

__all__ = ["evaluate_mae"]
