from .modes import evaluating

__all__ = ["evaluating"]
