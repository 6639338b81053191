import torch.nn as nn


class HumGRU(nn.Module):
    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])
