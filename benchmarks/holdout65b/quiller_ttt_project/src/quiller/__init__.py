from quiller.engine import Trainer
from quiller.models import build_model

__all__ = ["Trainer", "build_model"]
