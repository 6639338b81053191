import torch.nn as nn


class ShrinkageModel(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(feat, hidden), nn.Dropout(0.1))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.out(self.bn(h[:, -1]))
