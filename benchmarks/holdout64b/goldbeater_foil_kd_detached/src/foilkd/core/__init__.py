from .base import LightModule
from .distil import DistilModule

__all__ = ["LightModule", "DistilModule"]
