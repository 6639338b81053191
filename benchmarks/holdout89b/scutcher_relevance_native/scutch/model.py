import torch.nn as nn


class MillGRU(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        y, _ = self.gru(x)
        return self.out(self.drop(y[:, -1]))
