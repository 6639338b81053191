from .models import RegenModel
from .training import finetune, freeze_norm_stats

__all__ = ["RegenModel", "finetune", "freeze_norm_stats"]
