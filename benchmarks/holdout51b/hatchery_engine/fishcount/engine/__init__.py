from .runner import Engine
from .phases import parse_plan, PHASES

__all__ = ["Engine", "parse_plan", "PHASES"]
