from .model import PuntModel

__all__ = ["PuntModel"]
