"""pumphouse: forecasting shaft water levels for a Cornish tin mine's beam engines."""
from .loop import Loop
from .models import ShaftLevelLSTM
from .callbacks import default_callbacks

__all__ = ["Loop", "ShaftLevelLSTM", "default_callbacks"]
