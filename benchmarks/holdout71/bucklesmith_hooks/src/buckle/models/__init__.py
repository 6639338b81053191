from .regressor import BuckleRegressor, build_model

__all__ = ["BuckleRegressor", "build_model"]
