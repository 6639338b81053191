from .forecaster import LaunchForecaster

__all__ = ["LaunchForecaster"]
