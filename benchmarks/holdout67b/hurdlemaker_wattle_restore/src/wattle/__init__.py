from .data import make_loaders
from .engine import Loop
from .models import WeaveModule

__all__ = ["Loop", "WeaveModule", "make_loaders"]
