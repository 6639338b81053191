from .models import TapToneLSTM
from .utils import quieten, tap_batches

__all__ = ["TapToneLSTM", "quieten", "tap_batches"]
