import torch
from torch import nn


class BarkClassifier(nn.Module):
    """Tags a short sequence of kennel microphone frames as bark / whine / quiet."""

    def __init__(self, n_mels=6, hidden=12, n_classes=3):
        super().__init__()
        self.gru = nn.GRU(n_mels, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(2 * hidden, n_classes)

    def forward(self, frames):
        h, _ = self.gru(frames)
        return self.out(self.drop(h.mean(dim=1)))
