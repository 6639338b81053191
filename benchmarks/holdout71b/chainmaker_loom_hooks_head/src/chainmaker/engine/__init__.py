from .loop import HookedTrainer

__all__ = ["HookedTrainer"]
