from torch import nn


def _no_dropout(module):
    # nn.Dropout modules and the LSTM's own inter-layer dropout
    if isinstance(module, (nn.Dropout, nn.LSTM)):
        module.eval()


def disable_dropout(model):
    model.apply(_no_dropout)
    return model
