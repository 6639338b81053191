from .hyperlr import HyperLRTrainer

__all__ = ["HyperLRTrainer"]
