from .models import SyrupGRU
from .engine import Trainer

__all__ = ["SyrupGRU", "Trainer"]
