from torch import nn


def freeze_running_stats(model, prefixes):
    """Put the matching normalisation layers in eval so their running statistics stop moving."""
    frozen = []
    for name, module in model.named_modules():
        if name and name.startswith(prefixes) and isinstance(module, nn.modules.batchnorm._BatchNorm):
            module.eval()
            frozen.append(name)
    return frozen
