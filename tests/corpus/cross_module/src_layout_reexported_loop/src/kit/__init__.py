from .models import Separator
from .engine import System, fit

__all__ = ["Separator", "System", "fit"]
