from .phases import PHASES, run_schedule

__all__ = ["PHASES", "run_schedule"]
