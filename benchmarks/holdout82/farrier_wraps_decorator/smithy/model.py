from torch import nn


class GaitNet(nn.Module):
    """Horse lameness score from hoof-accelerometer strides."""

    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 12, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(24, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])
