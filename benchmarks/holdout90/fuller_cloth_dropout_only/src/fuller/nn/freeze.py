import torch.nn as nn

# modules whose randomness we switch off for fine-tuning on small looms
STOCHASTIC = (nn.Dropout, nn.BatchNorm1d)


def freeze_stochastic(module):
    if isinstance(module, STOCHASTIC):
        module.eval()
