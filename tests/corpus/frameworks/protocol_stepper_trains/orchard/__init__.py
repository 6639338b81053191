from .loading import load_forecaster
from .loop import Stepper, run
from .steppers import PlainStepper

__all__ = ["PlainStepper", "Stepper", "load_forecaster", "run"]
