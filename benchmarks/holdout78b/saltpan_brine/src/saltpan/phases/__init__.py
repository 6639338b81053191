from .table import PhaseTable, Phase
from .runners import run_fit, run_calibration

__all__ = ["PhaseTable", "Phase", "run_fit", "run_calibration"]
