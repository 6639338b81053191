import torch.nn as nn


class WallProfiler(nn.Module):
    def __init__(self, hidden=10, features=3):
        super().__init__()
        self.rnn = nn.GRU(features, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.head(seq[:, -1]).squeeze(-1)
