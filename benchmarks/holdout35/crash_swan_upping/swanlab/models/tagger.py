import torch.nn as nn


class CensusTagger(nn.Module):
    """Tags each sighting in a river stretch as cob / pen / cygnet."""

    def __init__(self, n_features=5, hidden=8, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x).relu())
        return self.head(h)
