"""A small hand-written imitation of a Lightning-style loop."""
from .core import Projector, ReelModule

__all__ = ["Projector", "ReelModule"]
