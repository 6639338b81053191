from .module import SeqModule
from .loop import Loop

__all__ = ["Loop", "SeqModule"]
