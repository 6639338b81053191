"""staveflow: moisture curves for oak barrel staves during seasoning."""
from .engine import Trainer, TrainerConfig
from .models import StaveMoistureGRU

__all__ = ["Trainer", "TrainerConfig", "StaveMoistureGRU"]
__version__ = "0.3.1"
