from .stress import StressLSTM

__all__ = ["StressLSTM"]
