from .nets import PanelNet
from .config import load_schedule
from .engine import run_schedule

__all__ = ["PanelNet", "load_schedule", "run_schedule"]
