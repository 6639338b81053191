from .model import BrimNet
from .tuning import Finetuner

__all__ = ["BrimNet", "Finetuner"]
