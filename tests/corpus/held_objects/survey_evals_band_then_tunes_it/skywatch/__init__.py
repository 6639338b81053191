from .array import Array, Telescope
from .survey import Monitor, Survey
from .tune import tune

__all__ = ["Array", "Telescope", "Monitor", "Survey", "tune"]
