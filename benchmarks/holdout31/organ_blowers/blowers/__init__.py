from .nets import BellowsNet
from .engine import CoTrainingMachine

__all__ = ["BellowsNet", "CoTrainingMachine"]
