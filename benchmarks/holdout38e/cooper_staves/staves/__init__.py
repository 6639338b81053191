from .analysis import sensitivity_map
from .nets import BendNet, fit, heating_curves

__all__ = ["BendNet", "fit", "heating_curves", "sensitivity_map"]
