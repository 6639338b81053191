import torch.nn as nn


def freeze(module: nn.Module):
    """Freeze a pretrained part entirely: eval mode (no dropout) and no gradients."""
    module.eval()
    for p in module.parameters():
        p.requires_grad = False
    return module


def trainable_parameters(model):
    return [p for p in model.parameters() if p.requires_grad]
