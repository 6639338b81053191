from torch import nn


def freeze_stochastic(m):
    """Keep batch-norm statistics and every dropout layer fixed while fine-tuning."""
    if isinstance(m, nn.BatchNorm1d) or isinstance(m, nn.Dropout):
        m.eval()
