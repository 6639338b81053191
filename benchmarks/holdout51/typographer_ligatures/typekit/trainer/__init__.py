from .core import Trainer

__all__ = ["Trainer"]
