from .rnn import VatClassifier
