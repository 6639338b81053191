import torch
from torch import nn


class TwistNet(nn.Module):
    """Rope-walk tension classifier: strand readings -> twist grade."""

    def __init__(self, d=5, h=12, classes=3):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(0.2))
        self.lstm = nn.LSTM(h, h, num_layers=2, dropout=0.1, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(h, classes)

    def forward(self, x):
        z, _ = self.lstm(self.embed(x))
        return self.cls(self.drop(z[:, -1]))
