from .cnn_gru import CNNBiGRU

_ARCHS = {"cnn_bigru": CNNBiGRU}


def create_model(name, **kwargs):
    return _ARCHS[name](**kwargs)
