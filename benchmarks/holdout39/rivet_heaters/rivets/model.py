from torch import nn


class ForgeModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(2, hidden), nn.Dropout(0.1))
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(self.inp(x))
        return self.out(y[:, -1]).squeeze(-1)
