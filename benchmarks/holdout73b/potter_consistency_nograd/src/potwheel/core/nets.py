import torch.nn as nn


class WheelModel(nn.Module):
    """Potter's-wheel speed profile -> wall-thickness class."""

    def __init__(self, hidden=10):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(4, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        o, _ = self.lstm(self.drop(x))
        return self.head(o.mean(1))
