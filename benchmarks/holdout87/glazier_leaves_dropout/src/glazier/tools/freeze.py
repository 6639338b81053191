from torch import nn


def freeze_stochastic(m):
    """Put every stochastic leaf module (dropout of any flavour) into eval mode."""
    if len(list(m.children())) == 0 and isinstance(m, nn.modules.dropout._DropoutNd):
        m.eval()
