from .model import build_model
from .engine import RoofTrainer

__all__ = ["build_model", "RoofTrainer"]
