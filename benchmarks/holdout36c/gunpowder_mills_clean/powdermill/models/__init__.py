from .incorporating import EdgeRunnerNet
from .glazing import GlazeNet

__all__ = ["EdgeRunnerNet", "GlazeNet"]
