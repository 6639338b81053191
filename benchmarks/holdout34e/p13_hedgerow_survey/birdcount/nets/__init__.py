from .count_rnn import CountRNN

__all__ = ["CountRNN"]
