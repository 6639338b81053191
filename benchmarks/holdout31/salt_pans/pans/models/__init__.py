from .evap import EvapNet, pan_days

__all__ = ["EvapNet", "pan_days"]
