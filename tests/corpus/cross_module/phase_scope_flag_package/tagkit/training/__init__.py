from .loop import TaggerLoop

__all__ = ["TaggerLoop"]
