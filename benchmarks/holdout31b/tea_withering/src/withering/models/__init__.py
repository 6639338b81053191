from .recurrent import TroughLSTM

__all__ = ["TroughLSTM"]
