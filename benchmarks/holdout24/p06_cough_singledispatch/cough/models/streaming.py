import torch.nn as nn

from cough.prep import prepare


@prepare.register
def _(module: nn.GRU):
    module.flatten_parameters()
    module.eval()
    return module
