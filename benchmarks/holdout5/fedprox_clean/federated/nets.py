import torch.nn as nn


class HARNet(nn.Module):
    """Human-activity recognition from IMU windows: 2-layer LSTM."""

    def __init__(self, n_in=6, hidden=10, n_classes=5):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.classifier = nn.Linear(hidden, n_classes)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.classifier(h[-1])
