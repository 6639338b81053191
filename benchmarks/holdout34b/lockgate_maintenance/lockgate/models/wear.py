import torch.nn as nn


class GateWearNet(nn.Module):
    def __init__(self, n_gauges=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_gauges, hidden, batch_first=True, dropout=0.0)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.reg(h[-1]).squeeze(-1)
