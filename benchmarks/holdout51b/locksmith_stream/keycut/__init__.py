from .model import BittingNet
from .data import phase_stream

__all__ = ["BittingNet", "phase_stream"]
