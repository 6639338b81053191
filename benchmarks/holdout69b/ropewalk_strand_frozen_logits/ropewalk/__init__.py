from .model import StrandTension
from .phases import PHASES, run_phase

__all__ = ["StrandTension", "PHASES", "run_phase"]
