import torch.nn as nn


class SoleWearNet(nn.Module):
    """Predicts wooden clog sole wear from daily step-pressure sequences."""

    def __init__(self, hid=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hid, batch_first=True)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)
