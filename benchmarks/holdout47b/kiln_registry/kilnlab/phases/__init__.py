from .plan import parse_plan
from .runner import run_plan

__all__ = ["parse_plan", "run_plan"]
