from .modes import evaluating, LaneClosed

__all__ = ["evaluating", "LaneClosed"]
