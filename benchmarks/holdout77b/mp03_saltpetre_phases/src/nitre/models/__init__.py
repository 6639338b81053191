from .recurrent import NitreLSTM, NitreGRU

__all__ = ["NitreLSTM", "NitreGRU"]
