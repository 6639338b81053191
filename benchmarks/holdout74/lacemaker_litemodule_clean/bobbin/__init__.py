from .core.runner import Runner
from .core.module import LiteModule

__all__ = ["Runner", "LiteModule"]
