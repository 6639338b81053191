from .models import MODELS
from .tuning import Finetuner

__all__ = ["MODELS", "Finetuner"]
