from .rnn import RNNLayer

__all__ = ["RNNLayer"]
