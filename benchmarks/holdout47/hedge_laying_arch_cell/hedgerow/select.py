from .zoo import LSTMVigour, CellVigour, ConvVigour


def build_model(arch, n_in, hidden):
    if arch == "lstm":
        model = LSTMVigour(n_in, hidden)
    elif arch == "cell":
        model = CellVigour(n_in, hidden)
    elif arch == "conv":
        model = ConvVigour(n_in, hidden)
    else:
        raise KeyError(arch)
    return model
