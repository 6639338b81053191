import torch.nn as nn


class TwistModel(nn.Module):
    """Predicts rope breaking strain from the twist-rate sequence along a ropewalk."""

    def __init__(self, hidden=8):
        super().__init__()
        self.proj = nn.Sequential(nn.Linear(3, hidden), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.proj(x))
        return self.head(h[:, -1]).squeeze(-1)
