from .loop import Engine
from .phases import PHASES

__all__ = ["Engine", "PHASES"]
