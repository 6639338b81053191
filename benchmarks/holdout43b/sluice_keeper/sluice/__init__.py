from .config import parse_settings
from .model import build_model
from .engine import run_schedule

__all__ = ["parse_settings", "build_model", "run_schedule"]
