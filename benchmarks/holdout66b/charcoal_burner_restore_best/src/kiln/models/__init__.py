from .forecaster import ClampForecaster

__all__ = ["ClampForecaster"]
