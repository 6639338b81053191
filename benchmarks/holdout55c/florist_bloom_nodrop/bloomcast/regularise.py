from torch import nn


def _is_stochastic(module):
    if isinstance(module, nn.Dropout):
        return True
    return bool(getattr(module, "dropout", 0.0))


def disable_stochastic_layers(model):
    """Second-stage fine-tuning runs deterministically: switch every dropout-bearing layer to eval."""
    switched = []
    for name, module in model.named_modules():
        if _is_stochastic(module):
            module.eval()
            switched.append(name)
    return switched
