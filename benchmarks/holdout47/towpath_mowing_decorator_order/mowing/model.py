from torch import nn


class RegrowthNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.cm = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, days):
        _, h = self.gru(days)
        return self.cm(h[-1]).squeeze(-1)
