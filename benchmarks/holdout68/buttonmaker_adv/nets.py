import torch
from torch import nn


class ButtonDefectNet(nn.Module):
    """Classifies a sequence of rim-profile measurements into defect classes."""

    def __init__(self, n_feat=4, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h.mean(1)))
