from .stroke import StrokeLSTM

__all__ = ["StrokeLSTM"]
