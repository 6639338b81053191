import torch
from torch import nn


class ChainLinkClassifier(nn.Module):
    """Classifies strain-gauge traces from anchor chains."""

    def __init__(self, feats=4, hidden=10, classes=2):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        out, (h, _) = self.rnn(x)
        return self.fc(self.drop(torch.cat([h[0], h[1]], dim=-1)))
