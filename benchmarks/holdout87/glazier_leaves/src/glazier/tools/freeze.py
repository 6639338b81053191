from torch import nn


def freeze_stochastic(m):
    """Put every leaf module that has no trainable weight of its own into eval mode."""
    if len(list(m.children())) == 0 and not isinstance(m, nn.Linear):
        m.eval()
