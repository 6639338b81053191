import torch
from torch import nn


class RowFillGRU(nn.Module):
    def __init__(self, rows, hidden):
        super().__init__()
        self.gru = nn.GRU(rows, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, rows)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(self.drop(h[:, -1]))
