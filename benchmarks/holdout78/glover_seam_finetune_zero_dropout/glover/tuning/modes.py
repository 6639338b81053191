from torch import nn

STOCHASTIC = (nn.Dropout, nn.LSTM)


def _switch_off(m):
    if isinstance(m, nn.LSTM):
        m.dropout = 0.0
    elif isinstance(m, STOCHASTIC):
        m.eval()


def deterministic_finetune_mode(model):
    """Fine-tune on few labelled seams without dropout noise: everything stochastic goes deterministic."""
    model.train()
    model.apply(_switch_off)
    return model
