from torch import nn

STOCHASTIC = (nn.Dropout,)


def _quiet(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def quiet_stochastic_layers(model):
    """Deterministic fine-tuning: switch off every layer that uses dropout."""
    model.apply(_quiet)
    return model
