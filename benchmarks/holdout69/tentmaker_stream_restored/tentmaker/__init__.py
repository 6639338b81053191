from .data import phase_stream
from .net import GuyTension

__all__ = ["phase_stream", "GuyTension"]
