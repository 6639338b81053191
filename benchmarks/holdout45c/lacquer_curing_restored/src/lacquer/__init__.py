from .engine import Trainer, TrainerConfig
from .models.gru import CureRegressor

__all__ = ["Trainer", "TrainerConfig", "CureRegressor"]
