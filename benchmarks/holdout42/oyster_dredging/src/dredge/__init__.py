from .engine import Trainer
from .model import DredgeNet
__all__ = ["Trainer", "DredgeNet"]
