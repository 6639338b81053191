import torch.nn as nn


class GRUTagger(nn.Module):
    def __init__(self, features):
        super().__init__()
        self.gru = nn.GRU(features, 12, batch_first=True)
        self.out = nn.Linear(12, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0])


class MLPTagger(nn.Module):
    def __init__(self, features):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(features, 12), nn.ReLU(), nn.Linear(12, 3))

    def forward(self, x):
        return self.net(x)


def build(options):
    """The class named by the options, looked up by name."""
    return globals()[options["arch"]](options["features"])
