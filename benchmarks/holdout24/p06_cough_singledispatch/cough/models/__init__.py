from . import streaming  # noqa: F401
from .detector import CoughDetector

__all__ = ["CoughDetector"]
