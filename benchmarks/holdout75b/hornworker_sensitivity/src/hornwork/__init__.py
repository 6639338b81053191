from .model import WarpModel, fit
from .analysis import step_sensitivity

__all__ = ["WarpModel", "fit", "step_sensitivity"]
