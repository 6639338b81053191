from .evaluation import evaluate_rmse

__all__ = ["evaluate_rmse"]
