"""Per-layer preparation before fine-tuning, one overload per layer type (functools.singledispatch)."""
import functools

import torch.nn as nn


@functools.singledispatch
def prepare(layer: nn.Module):
    return layer


@prepare.register
def _(layer: nn.Conv1d):
    nn.init.zeros_(layer.bias)
    return layer
