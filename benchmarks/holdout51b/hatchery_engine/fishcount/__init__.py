from .model import FryCounter
from .engine import Engine, parse_plan

__all__ = ["FryCounter", "Engine", "parse_plan"]
