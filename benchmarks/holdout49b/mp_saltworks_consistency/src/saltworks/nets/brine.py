import torch.nn as nn


class BrineClassifier(nn.Module):
    """Grades salt-pan brine into crystallisation stages from hourly salinity/temperature/wind."""

    def __init__(self, n_in=3, hidden=8, n_cls=4):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h[:, -1]))
