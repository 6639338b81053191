from .firing import GlazeGRU, BisqueLSTM

__all__ = ["GlazeGRU", "BisqueLSTM"]
