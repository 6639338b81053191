from .metrics import rmse_on

__all__ = ["rmse_on"]
