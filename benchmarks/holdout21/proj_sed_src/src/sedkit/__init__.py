from sedkit.models import build_model
from sedkit.engine import Trainer

__all__ = ["build_model", "Trainer"]
