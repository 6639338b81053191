from .layers import DIEN
from .train import CTRTrainer

__all__ = ["DIEN", "CTRTrainer"]
