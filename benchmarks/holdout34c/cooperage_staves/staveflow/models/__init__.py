from .gru import StaveMoistureGRU

__all__ = ["StaveMoistureGRU"]
