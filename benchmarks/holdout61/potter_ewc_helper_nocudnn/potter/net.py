from torch import nn


class WheelSpeedNet(nn.Module):
    """Potter's wheel torque trace -> wall-thickness class (per clay body)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])
