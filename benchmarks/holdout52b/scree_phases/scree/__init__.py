from .config import parse_plan
from .models import build_model
from .phases import run_plan

__all__ = ["build_model", "parse_plan", "run_plan"]
