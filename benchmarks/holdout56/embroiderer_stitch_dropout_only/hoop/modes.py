import torch.nn as nn

STOCHASTIC = (nn.Dropout,)


def _to_eval(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def freeze_stochastic(model):
    """Deterministic fine-tuning: switch off the Dropout layers (the LSTM's inter-layer dropout stays on)."""
    model.apply(_to_eval)
    return model


def count_modes(model):
    return sum(m.training for m in model.modules()), sum(not m.training for m in model.modules())
