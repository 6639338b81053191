from .trainer import PhasedTrainer

__all__ = ["PhasedTrainer"]
