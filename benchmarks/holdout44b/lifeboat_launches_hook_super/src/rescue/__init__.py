from .engine import FitLoop
from .modules import LaunchForecaster

__all__ = ["FitLoop", "LaunchForecaster"]
