from .core.module import LiteModule
from .core.trainer import Trainer

__all__ = ["LiteModule", "Trainer"]
