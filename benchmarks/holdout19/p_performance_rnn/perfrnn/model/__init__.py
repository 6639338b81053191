from .net import PerformanceRNN, EVENT_VOCAB

__all__ = ["PerformanceRNN", "EVENT_VOCAB"]
