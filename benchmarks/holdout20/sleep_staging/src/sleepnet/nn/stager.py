import torch.nn as nn

from .frozen_bn import FrozenBatchNormMixin


class EpochCNN(nn.Module):
    def __init__(self, n_channels, hidden):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(n_channels, hidden, 5, stride=2), nn.BatchNorm1d(hidden), nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
        )

    def forward(self, x):
        return self.net(x).squeeze(-1)


class SleepStager(FrozenBatchNormMixin, nn.Module):
    def __init__(self, n_channels, hidden, n_stages):
        super().__init__()
        self.cnn = EpochCNN(n_channels, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.5)
        self.cls = nn.Linear(2 * hidden, n_stages)

    def forward(self, night):                      # B, S, C, T
        b, s = night.shape[:2]
        f = self.cnn(night.flatten(0, 1)).view(b, s, -1)
        return self.cls(self.drop(self.lstm(f)[0]))
