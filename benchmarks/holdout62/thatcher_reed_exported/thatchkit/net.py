import torch.nn as nn


class ReedNet(nn.Module):
    """Estimates thatch reed bundle quality from a moisture/length sequence."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])
