import torch.nn as nn

from .layers import FrozenEncoderMixin


class PuntModel(FrozenEncoderMixin, nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.adapter = nn.Linear(n_in, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(self.adapter(x))
        return self.head(h[:, -1])
