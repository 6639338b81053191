import torch.nn as nn


class ChurnGRU(nn.Module):
    def __init__(self, feat=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(self.drop(h[-1])).squeeze(-1)
