from .forecaster import CaskForecaster

__all__ = ["CaskForecaster"]
