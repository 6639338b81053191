from .regressor import SeqRegressor

__all__ = ["SeqRegressor"]
