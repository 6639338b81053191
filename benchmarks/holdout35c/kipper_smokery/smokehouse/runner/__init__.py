from .base import BaseRunner
from .cure import CureRunner

__all__ = ["BaseRunner", "CureRunner"]
