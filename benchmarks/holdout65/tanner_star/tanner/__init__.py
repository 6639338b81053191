from .model import PitLSTM

__all__ = ["PitLSTM"]
