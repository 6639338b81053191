import torch.nn as nn


class LeverNet(nn.Module):
    """Detects a sticking signal lever from a strain-gauge trace."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h.mean(1))
