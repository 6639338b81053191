from .engine import Trainer, ValidationMixin
from .models import build_model

__all__ = ["Trainer", "ValidationMixin", "build_model"]
