from .core import LiteModule, LiteTrainer

__all__ = ["LiteModule", "LiteTrainer"]
