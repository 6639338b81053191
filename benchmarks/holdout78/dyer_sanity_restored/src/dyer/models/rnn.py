import torch
from torch import nn


class VatClassifier(nn.Module):
    """Dye-batch colour class from a spectrometer trace."""

    def __init__(self, n_feat=6, hidden=12, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.out(h[:, -1])
