from .nets import BrineRNN
from .phases import PhaseTable, Phase, run_fit, run_calibration

__all__ = ["BrineRNN", "PhaseTable", "Phase", "run_fit", "run_calibration"]
