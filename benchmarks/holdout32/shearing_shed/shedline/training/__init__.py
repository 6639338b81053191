from .trainer import ShedTrainer

__all__ = ["ShedTrainer"]
