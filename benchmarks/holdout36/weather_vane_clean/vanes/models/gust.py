import torch.nn as nn


class GustNet(nn.Module):
    """Predicts the vane's heading change from the last few anemometer readings."""

    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])
