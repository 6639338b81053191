from .base import BaseModule
from .canopy import CanopyModule

__all__ = ["BaseModule", "CanopyModule"]
