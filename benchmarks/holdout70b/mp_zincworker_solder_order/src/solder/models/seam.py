import torch.nn as nn

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


@register("seam_gru")
class SeamGRU(nn.Module):
    def __init__(self, hidden=8, n_in=4):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(self.inp(x).relu())
        return self.head(h).squeeze(-1)


@register("seam_mlp")
class SeamMLP(nn.Module):
    def __init__(self, hidden=8, n_in=4):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


def build_model(name, **kw):
    return REGISTRY[name](**kw)
