from .engine import Engine, Events
from .model import build_model, toll_batches

__all__ = ["Engine", "Events", "build_model", "toll_batches"]
