from .model import PerformanceRNN, EVENT_VOCAB
from .gen import Sampler
from .train import train_loop

__all__ = ["PerformanceRNN", "EVENT_VOCAB", "Sampler", "train_loop"]
