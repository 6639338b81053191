from .copy_rnn import CopyRNN

__all__ = ["CopyRNN"]
