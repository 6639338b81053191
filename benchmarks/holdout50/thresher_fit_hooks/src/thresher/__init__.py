"""thresher: small training framework for farm-machinery telemetry."""
from .data import make_loaders
from .engine import Trainer
from .models import build_model

__all__ = ["Trainer", "build_model", "make_loaders"]
