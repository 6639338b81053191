from .trainer import ChurnTrainer

__all__ = ["ChurnTrainer"]
