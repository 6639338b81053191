from .trainer import SluiceTrainer

__all__ = ["SluiceTrainer"]
