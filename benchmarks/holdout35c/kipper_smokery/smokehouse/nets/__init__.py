from .lstm import SmokeLSTM

__all__ = ["SmokeLSTM"]
