from .nets import FlueCell, FlueLSTM


def build(arch, n_in, hidden):
    if arch == "lstm":
        net = FlueLSTM(n_in, hidden)
    elif arch == "cell":
        net = FlueCell(n_in, hidden)
    else:
        raise ValueError(arch)
    net.eval()
    return net
