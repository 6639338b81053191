from .core import Loop, SeqModule

__all__ = ["Loop", "SeqModule"]
