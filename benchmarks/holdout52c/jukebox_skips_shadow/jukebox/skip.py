import torch
from torch import nn

from .registry import register


@register("gru-skip")
class SkipModel(nn.Module):
    """Will the pub crowd skip this track? Input: per-second play features of the first seconds."""

    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)

    @classmethod
    def for_training(cls, **cfg):
        return cls(**cfg).train()

    @classmethod
    def for_serving(cls, **cfg):
        return cls(**cfg).eval()
