from .models import build_models
from .phases import LockMachine

__all__ = ["LockMachine", "build_models"]
