from torch import nn

STATEFUL = (nn.BatchNorm1d, nn.Dropout)


def _freeze(module):
    if isinstance(module, STATEFUL):
        module.eval()


def freeze_stateful_layers(model):
    """Keep running statistics fixed during fine-tuning on small batches."""
    model.apply(_freeze)
    return model
