import torch.nn as nn


class CutYieldNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.scan = nn.Sequential(nn.Linear(feats, hidden), nn.Dropout(0.3))
        self.seq = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True, bidirectional=True)
        self.norm = nn.BatchNorm1d(2 * hidden)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.seq(self.scan(x))
        return self.head(self.norm(h[:, -1]))
