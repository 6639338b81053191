from .trainer import ProbeTrainer

__all__ = ["ProbeTrainer"]
