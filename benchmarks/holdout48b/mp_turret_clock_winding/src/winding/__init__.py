from .model import DriftForecaster

__all__ = ["DriftForecaster"]
