from .registry import build, register
from . import models  # noqa: F401  (registers the models)
from .phases import parse_plan, run_plan

__all__ = ["build", "register", "parse_plan", "run_plan"]
