import torch.nn as nn


class TremoloRegressor(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)
