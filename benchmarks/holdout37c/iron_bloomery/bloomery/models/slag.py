import torch.nn as nn


class SlagGRU(nn.Module):
    """Predicts iron yield from bellows pressure / charcoal / ore readings."""

    def __init__(self, n_in=3, hidden=10, layers=1):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=layers, batch_first=True)
        self.yield_head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, readings):
        seq, _ = self.gru(readings)
        return self.yield_head(seq[:, -1]).squeeze(-1)
