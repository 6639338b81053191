from .training import TaggerLoop

__all__ = ["TaggerLoop"]
