from .model import BiLSTMCRF
from .decode import decode

__all__ = ["BiLSTMCRF", "decode"]
