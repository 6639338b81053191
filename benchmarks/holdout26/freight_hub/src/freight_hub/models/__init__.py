from .lstm import LaneForecaster

__all__ = ["LaneForecaster"]
