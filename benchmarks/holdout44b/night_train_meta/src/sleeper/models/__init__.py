from .delay_rnn import DelayRNN

__all__ = ["DelayRNN"]
