from .loop import Trainer, TrainerBuilder

__all__ = ["Trainer", "TrainerBuilder"]
