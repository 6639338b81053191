import torch.nn as nn


class SootNet(nn.Module):
    """Soot build-up per flue from a season of burn logs."""

    def __init__(self, d=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)
