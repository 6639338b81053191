from .data import PressureLogs
from .models import LastWearNet
from .training import finetune, freeze_by_prefix

__all__ = ["PressureLogs", "LastWearNet", "finetune", "freeze_by_prefix"]
