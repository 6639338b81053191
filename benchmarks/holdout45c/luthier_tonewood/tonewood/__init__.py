from .models import TapToneLSTM
from .utils import disable_dropout, tap_batches

__all__ = ["TapToneLSTM", "disable_dropout", "tap_batches"]
