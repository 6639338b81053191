import torch.nn as nn


class StrumNet(nn.Module):
    """6 accelerometer channels -> 4 strum patterns."""

    def __init__(self, channels=6, hidden=12, patterns=4):
        super().__init__()
        self.conv = nn.Conv1d(channels, hidden, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, patterns)

    def forward(self, x):
        z = self.conv(x.transpose(1, 2)).relu().transpose(1, 2)
        out, _ = self.lstm(z)
        return self.cls(out[:, -1])
