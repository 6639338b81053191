from .core import MiniModule, MiniTrainer

__all__ = ["MiniModule", "MiniTrainer"]
