import torch.nn as nn

from .registry import register


@register("crack_gru")
class CrackGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 2))

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h[:, -1])
