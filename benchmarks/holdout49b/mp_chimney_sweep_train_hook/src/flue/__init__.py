from .models import build_model
from .engine import SootTrainer
__all__ = ["build_model", "SootTrainer"]
