from .config import parse_settings
from .engine import run_schedule

__all__ = ["parse_settings", "run_schedule"]
