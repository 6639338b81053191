from .engine import Trainer
from .models import SaponifyNet

__all__ = ["Trainer", "SaponifyNet"]
