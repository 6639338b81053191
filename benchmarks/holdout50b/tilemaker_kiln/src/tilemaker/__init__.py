from .lit import KilnModule, MiniTrainer

__all__ = ["KilnModule", "MiniTrainer"]
