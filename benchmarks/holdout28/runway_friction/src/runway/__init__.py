from .engine import Engine
from .models import FrictionGRU

__all__ = ["Engine", "FrictionGRU"]
