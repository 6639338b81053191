from .engine import Trainer, SensitivityTrainer
from .models import SeamModel, build_model

__all__ = ["Trainer", "SensitivityTrainer", "SeamModel", "build_model"]
