from .lstm import LSTMClassifier

_REGISTRY = {"lstm_clf": LSTMClassifier}


def get_model(name, **kwargs):
    return _REGISTRY[name](**kwargs)
