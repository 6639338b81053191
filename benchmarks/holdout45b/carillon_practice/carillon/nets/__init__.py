from .bells import StrikeLSTM

__all__ = ["StrikeLSTM"]
