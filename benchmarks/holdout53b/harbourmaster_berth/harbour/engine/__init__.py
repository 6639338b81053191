from .phases import PHASES, run_pipeline

__all__ = ["PHASES", "run_pipeline"]
