"""GRU classifier for human-activity windows (accelerometer x/y/z)."""
import torch.nn as nn


class HARNet(nn.Module):
    def __init__(self, n_channels=3, hidden=12, n_classes=4):
        super().__init__()
        self.gru = nn.GRU(n_channels, hidden, num_layers=1, batch_first=True)
        self.cls = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, n_classes))

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(h[-1])
