"""silt: sediment-load forecasting for a harbour dredger fleet."""
from .models import build_model
from .engine import fit_epoch, forecast

__all__ = ["build_model", "fit_epoch", "forecast"]
