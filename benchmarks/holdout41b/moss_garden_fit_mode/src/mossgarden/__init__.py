from .engine import run_schedule
from .nets import MossHumidityNet

__all__ = ["run_schedule", "MossHumidityNet"]
