from .decorators import report_baseline
from .fitter import Fitter

__all__ = ["Fitter", "report_baseline"]
