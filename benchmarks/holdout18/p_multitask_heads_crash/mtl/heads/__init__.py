from .seq import LSTMHead, LinearHead

HEADS = {"ner": LSTMHead, "pos": LinearHead, "sentiment": LinearHead}
