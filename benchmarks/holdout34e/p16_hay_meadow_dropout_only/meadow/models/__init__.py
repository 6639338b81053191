from .base import BaseForecaster
from .seasonal import SeasonalLSTM

__all__ = ["BaseForecaster", "SeasonalLSTM"]
