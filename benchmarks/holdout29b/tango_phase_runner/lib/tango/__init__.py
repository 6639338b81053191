from .model import StepNet
from .phases import Runner, read_phases

__all__ = ["StepNet", "Runner", "read_phases"]
