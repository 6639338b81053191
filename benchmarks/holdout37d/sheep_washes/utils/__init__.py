from .metrics import evaluate, rmse

__all__ = ["evaluate", "rmse"]
