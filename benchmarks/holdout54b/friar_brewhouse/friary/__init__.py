from .config import load_plan
from .models import BrewModel
from .phases import run_plan

__all__ = ["BrewModel", "load_plan", "run_plan"]
