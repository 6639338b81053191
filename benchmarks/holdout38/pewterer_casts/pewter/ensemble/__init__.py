from .pool import Ensemble

__all__ = ["Ensemble"]
