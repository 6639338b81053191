from .models import EvapNet, pan_days
from .loop import StepTrainer, query_uncertain

__all__ = ["EvapNet", "pan_days", "StepTrainer", "query_uncertain"]
