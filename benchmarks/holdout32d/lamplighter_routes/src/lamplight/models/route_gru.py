import torch.nn as nn


class RouteGRU(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.proj = nn.Linear(feats, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.minutes = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(self.proj(x))
        return self.minutes(h.mean(1)).squeeze(-1)
