from .phases import Phase
from .model import LogLSTM
from .pipeline import Pipeline

__all__ = ["Phase", "LogLSTM", "Pipeline"]
