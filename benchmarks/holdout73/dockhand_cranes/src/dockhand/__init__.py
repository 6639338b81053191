from .models import CraneLoadNet
from .engine import Trainer

__all__ = ["CraneLoadNet", "Trainer"]
