from .models import YarnCellNet, YarnGRU, YarnLSTM


def build(arch, hidden):
    if arch == "gru":
        net = YarnGRU(hidden)
    elif arch == "lstm":
        net = YarnLSTM(hidden)
    elif arch == "cell":
        net = YarnCellNet(hidden)
    else:
        raise ValueError(arch)
    return net
