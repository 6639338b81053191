from .config import load_config
from .phases import PHASES, run_pipeline

__all__ = ["load_config", "run_pipeline", "PHASES"]
