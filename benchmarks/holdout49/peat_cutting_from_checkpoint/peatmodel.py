import os
import tempfile
import torch
from torch import nn


class BogMoistureLSTM(nn.Module):
    """Forecasts the moisture of cut peat turves drying on the bank."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.fc(y).squeeze(-1)

    @classmethod
    def from_checkpoint(cls, path):
        model = torch.load(path, weights_only=False)
        return model.eval()

    @staticmethod
    def save_tmp(model):
        fd, path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)
        torch.save(model, path)
        return path
