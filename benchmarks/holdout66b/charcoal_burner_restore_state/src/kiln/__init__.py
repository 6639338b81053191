from .callbacks import RestoreBestOnPlateau
from .engine import Engine
from .models import ClampForecaster

__all__ = ["ClampForecaster", "Engine", "RestoreBestOnPlateau"]
