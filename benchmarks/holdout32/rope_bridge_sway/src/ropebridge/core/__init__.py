from .trainer import SwayTrainer

__all__ = ["SwayTrainer"]
