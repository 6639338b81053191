import torch.nn as nn


class SurgeLSTM(nn.Module):
    """Storm-surge residual at a tide gauge from wind and pressure sequences."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)
