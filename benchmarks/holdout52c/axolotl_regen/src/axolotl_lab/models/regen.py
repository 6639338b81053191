from torch import nn

from .blocks import LayerNormGRU


class RegenModel(nn.Module):
    """Predicts limb-regeneration stage (wound / blastema / growth / patterning) from daily imaging features."""

    def __init__(self, n_in=5, hidden=8, n_stages=4):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_in)
        self.encoder = LayerNormGRU(n_in, hidden)
        self.head = nn.Linear(hidden, n_stages)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        return self.head(self.encoder(x)[:, -1])
