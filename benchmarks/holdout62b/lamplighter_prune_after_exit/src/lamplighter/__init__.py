from .models import build_model, MODEL_REGISTRY
from .engine import fit

__all__ = ["build_model", "MODEL_REGISTRY", "fit"]
