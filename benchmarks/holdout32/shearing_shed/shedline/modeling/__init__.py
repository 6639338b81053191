from .fleece import FleeceRegressor

__all__ = ["FleeceRegressor"]
