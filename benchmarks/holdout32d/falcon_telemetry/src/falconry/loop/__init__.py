from .trainer import StepTrainer

__all__ = ["StepTrainer"]
