import torch.nn as nn


class CatchGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, pots):
        h, _ = self.gru(pots)
        return self.rate(h[:, -1]).squeeze(-1)  # log-rate
