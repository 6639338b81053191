from .model import SwayForecaster, make_gusts
from .engine import Trainer
from .analysis import WindSensitivityCallback

__all__ = ["SwayForecaster", "Trainer", "WindSensitivityCallback", "make_gusts"]
