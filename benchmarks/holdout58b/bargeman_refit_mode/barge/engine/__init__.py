from .phases import PHASES, phase
from .runner import PhaseRunner

__all__ = ["PHASES", "phase", "PhaseRunner"]
