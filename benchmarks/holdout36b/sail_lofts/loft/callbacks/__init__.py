from loft.callbacks.basic import LossPrinter, ModeSwitch
from loft.callbacks.validation import PeriodicValidation

__all__ = ["LossPrinter", "ModeSwitch", "PeriodicValidation"]
