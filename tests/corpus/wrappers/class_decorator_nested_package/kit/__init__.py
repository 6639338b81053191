from .training import Fitter, report_baseline

__all__ = ["Fitter", "report_baseline"]
