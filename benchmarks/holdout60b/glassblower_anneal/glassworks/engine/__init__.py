from .modes import EvalMode
from .phases import PHASES
from .runner import Engine, parse_config

__all__ = ["EvalMode", "PHASES", "Engine", "parse_config"]
