from .metrics import validate, rmse

__all__ = ["validate", "rmse"]
