from .rnn import TackModel
