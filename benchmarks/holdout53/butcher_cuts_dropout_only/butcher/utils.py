import torch.nn as nn

# layers whose behaviour is random in train mode
STOCHASTIC = (nn.Dropout, nn.AlphaDropout)


def deterministic_layers(model):
    switched = []
    for name, module in model.named_modules():
        if isinstance(module, STOCHASTIC):
            module.eval()
            switched.append(name)
    return switched


def count_params(model):
    return sum(p.numel() for p in model.parameters())
