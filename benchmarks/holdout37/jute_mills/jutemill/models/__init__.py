from .spindle import SpindleRNN

__all__ = ["SpindleRNN"]
