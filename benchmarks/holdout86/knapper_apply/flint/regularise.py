from torch import nn

STOCHASTIC = (nn.Dropout, nn.LSTM)  # both carry dropout


def _to_eval(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def freeze_stochastic(model):
    """Turn off every source of dropout for the deterministic fine-tuning stage."""
    model.apply(_to_eval)
    return model
