from .trainer import PressTrainer

__all__ = ["PressTrainer"]
