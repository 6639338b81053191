from .loop import MeadowTrainer

__all__ = ["MeadowTrainer"]
