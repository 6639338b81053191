import torch
import torch.nn as nn


class BurrowNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1]).squeeze(-1)


def season(b=6, weeks=10):
    triggers = torch.poisson(torch.full((b, weeks, 1), 1.5))
    soil = 8 + torch.randn(b, weeks, 1)
    occupied = (triggers.mean((1, 2)) > 1.5).float()
    return torch.cat([triggers / 3, (soil - 8)], -1), occupied
