from .trainer import MiniTrainer

__all__ = ["MiniTrainer"]
