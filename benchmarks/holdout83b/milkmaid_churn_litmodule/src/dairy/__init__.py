from .core import ChurnModule, MiniTrainer

__all__ = ["ChurnModule", "MiniTrainer"]
