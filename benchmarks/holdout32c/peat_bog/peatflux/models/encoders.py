import torch.nn as nn

from .registry import register


@register("gru_encoder")
class GRUEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.gru(x)
        return h
