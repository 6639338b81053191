from .bend import BendNet, fit, heating_curves

__all__ = ["BendNet", "fit", "heating_curves"]
