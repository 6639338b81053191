from .pipe_rnn import PipeRNN

__all__ = ["PipeRNN"]
