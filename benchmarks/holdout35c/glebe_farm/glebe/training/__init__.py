from .trainer import TitheTrainer

__all__ = ["TitheTrainer"]
