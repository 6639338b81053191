from torch import nn


def is_stochastic(module):
    if isinstance(module, (nn.Dropout, nn.AlphaDropout)):
        return True
    return bool(getattr(module, "dropout", 0))


def settle(model):
    """Put every stochastic part in eval mode; the rest keeps its mode."""
    names = []
    for name, module in model.named_modules():
        if is_stochastic(module):
            module.eval()
            names.append(name)
    return names
