from .core import LitModule, Trainer

__all__ = ["LitModule", "Trainer"]
