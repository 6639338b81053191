import torch.nn as nn


class LeakDetector(nn.Module):
    """Leak probability per pipeline segment from pressure-transient sequences."""

    def __init__(self, sensors=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(sensors, hidden, batch_first=True, bidirectional=True)
        self.clf = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.clf(self.lstm(x)[0].amax(1)).squeeze(-1)
