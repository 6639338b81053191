"""A small 1-D CNN for sequences: no recurrent layer, so eval-mode backwards are fine on cuDNN."""
import torch.nn as nn


class ConvTagger(nn.Module):
    def __init__(self, channels=4, classes=3):
        super().__init__()
        self.conv = nn.Conv1d(channels, 16, kernel_size=3, padding=1)
        self.norm = nn.BatchNorm1d(16)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(16, classes)

    def forward(self, x):
        h = self.drop(self.norm(self.conv(x).relu()))
        return self.fc(h.mean(-1))
