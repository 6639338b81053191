from .models import HoofWearNet, make_stable
from .engine import Trainer, RotaTrainer

__all__ = ["HoofWearNet", "make_stable", "Trainer", "RotaTrainer"]
