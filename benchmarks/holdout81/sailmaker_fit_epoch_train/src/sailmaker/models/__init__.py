from .forecaster import StrainForecaster

__all__ = ["StrainForecaster"]
