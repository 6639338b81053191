from .lap_rnn import LapRNN

__all__ = ["LapRNN"]
