from .model import GirthSensorNet
from .loop import run_epochs

__all__ = ["GirthSensorNet", "run_epochs"]
