from .engine import Engine, Events
from .model import PumpNet
from .utils import validate

__all__ = ["Engine", "Events", "PumpNet", "validate"]
