from .strike import StrikeRegressor

__all__ = ["StrikeRegressor"]
