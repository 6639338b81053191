from .base import RoofTrainer

__all__ = ["RoofTrainer"]
