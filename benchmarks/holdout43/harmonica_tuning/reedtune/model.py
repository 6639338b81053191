import torch
import torch.nn as nn


class ReedPitchNet(nn.Module):
    """Air pressure and reed vibration frames -> pitch offset in cents."""

    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(dim=1))
