import torch.nn as nn

RECURRENT = (nn.LSTMCell, nn.GRUCell, nn.RNNCell)


def dropout_off(model):
    """Evaluation mode for everything except the recurrent layers (their dropout is 0 here)."""
    model.eval()
    model.apply(lambda m: m.train() if isinstance(m, RECURRENT) else None)
    return model
