"""Model builders for bakery demand, looked up by architecture name."""
import torch.nn as nn

_BUILDERS = {}


def register(name):
    def store(fn):
        _BUILDERS[name] = fn
        return fn
    return store


class DemandNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


@register("gru_small")
def _small(cfg):
    return DemandNet(cfg["hidden"]).eval()


@register("gru_wide")
def _wide(cfg):
    return DemandNet(cfg["hidden"] * 2)


def build(cfg):
    return _BUILDERS[cfg["arch"]](cfg)
