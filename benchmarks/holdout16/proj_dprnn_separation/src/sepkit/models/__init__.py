from .dprnn import DPRNN, DPRNNBlock

__all__ = ["DPRNN", "DPRNNBlock"]
