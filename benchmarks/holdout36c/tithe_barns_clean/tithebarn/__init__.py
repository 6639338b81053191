"""tithebarn: humidity forecasting for grain bays in old tithe barns."""
from .models import BarnNet
from .engine import Trainer
from .tasks import HumidityTask

__all__ = ["BarnNet", "Trainer", "HumidityTask"]
