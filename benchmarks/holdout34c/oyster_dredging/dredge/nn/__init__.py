from .beds import BedForecaster

__all__ = ["BedForecaster"]
