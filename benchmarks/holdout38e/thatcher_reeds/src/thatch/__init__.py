from .core import Trainer
from .models import ReedModule, reed_loader

__all__ = ["Trainer", "ReedModule", "reed_loader"]
