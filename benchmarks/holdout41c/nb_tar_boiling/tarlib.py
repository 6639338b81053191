import torch
import torch.nn as nn


class KettleGRU(nn.Module):
    """Tar viscosity from kettle temperature logs."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def make_batch(n=8, t=6):
    x = torch.randn(n, t, 2)
    return x, x[:, :, 1].cumsum(1)[:, -1] * 0.1
