from .rnn_model import RNNModel

__all__ = ["RNNModel"]
