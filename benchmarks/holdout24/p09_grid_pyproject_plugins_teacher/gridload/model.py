import torch.nn as nn


class LoadSeq2One(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)
