from .loop import BaseTrainer

__all__ = ["BaseTrainer"]
