from .context import Evaluating

__all__ = ["Evaluating"]
