from .modes import Evaluating

__all__ = ["Evaluating"]
