from .loop import SelfTrainer

__all__ = ["SelfTrainer"]
