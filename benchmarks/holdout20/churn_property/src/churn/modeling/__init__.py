from .lstm import ChurnLSTM

__all__ = ["ChurnLSTM"]
