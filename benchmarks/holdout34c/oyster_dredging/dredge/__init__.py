"""dredge: catch-per-haul forecasting for a fleet of sail-powered oyster dredgers."""
from .nn import BedForecaster
from .train import stabilise_recurrent, fit_season

__all__ = ["BedForecaster", "stabilise_recurrent", "fit_season"]
