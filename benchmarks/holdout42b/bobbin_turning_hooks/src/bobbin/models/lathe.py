import torch.nn as nn


class LatheNet(nn.Module):
    """Bidirectional LSTM over spindle vibration windows."""

    def __init__(self, feat, hidden):
        super().__init__()
        self.encoder = nn.LSTM(feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h.mean(dim=1))
