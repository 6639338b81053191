from .rnn import RNNForecaster
