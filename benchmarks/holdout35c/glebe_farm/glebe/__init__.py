from .models import FieldHistoryEncoder, TitheModel
from .training import TitheTrainer

__all__ = ["FieldHistoryEncoder", "TitheModel", "TitheTrainer"]
