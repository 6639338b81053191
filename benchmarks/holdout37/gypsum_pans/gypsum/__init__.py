from .models import build_model, MODELS
from .distill import SelfDistiller

__all__ = ["build_model", "MODELS", "SelfDistiller"]
