import torch
from torch import nn


def build_chisel_model(n_in=4, hidden=8):
    return ChiselForce(n_in, hidden)


class ChiselForce(nn.Module):
    """Soapstone carving: predicts required chisel force from accelerometer windows."""

    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)
