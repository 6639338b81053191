from .dcrnn_model import DCRNNModel

__all__ = ["DCRNNModel"]
