from .module import LitModule
from .loop import Loop

__all__ = ["LitModule", "Loop"]
