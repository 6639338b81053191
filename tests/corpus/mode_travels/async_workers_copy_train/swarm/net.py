import torch.nn as nn


class SensorLSTM(nn.Module):
    """Regresses the next reading of a multivariate sensor stream."""

    def __init__(self, channels=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, channels)

    def forward(self, window):
        seq, _ = self.lstm(window)
        return self.proj(seq[:, -1])
