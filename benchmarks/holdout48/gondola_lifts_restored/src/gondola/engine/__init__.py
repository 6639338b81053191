from .trainer import LiftTrainer

__all__ = ["LiftTrainer"]
