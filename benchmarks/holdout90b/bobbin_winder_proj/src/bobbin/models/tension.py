import torch.nn as nn

from .registry import register


@register("lstm_tension")
class LSTMTension(nn.Module):
    def __init__(self, features=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y[:, -1]).squeeze(-1)
