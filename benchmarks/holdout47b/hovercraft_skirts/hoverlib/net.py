import torch.nn as nn


class SkirtNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.fan = nn.Linear(4, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.wear = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(self.fan(x).relu())
        return self.wear(self.drop(o.mean(dim=1)))
