import torch.nn as nn


class EventGRU(nn.Module):
    def __init__(self, channels=3, hidden=8):
        super().__init__()
        self.norm = nn.BatchNorm1d(channels)
        self.gru = nn.GRU(channels, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.gru(x)
        return self.head(h).squeeze(-1)
