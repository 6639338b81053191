import torch.nn as nn


class BrowseGRU(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.embed = nn.Linear(features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x).relu())
        return self.head(h[:, -1])


def build_model(cfg):
    return BrowseGRU(cfg["features"], cfg["hidden"])
