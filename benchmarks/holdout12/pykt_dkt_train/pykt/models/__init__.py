from .init_model import init_model
from .train_model import train_model

__all__ = ["init_model", "train_model"]
