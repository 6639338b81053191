import torch.nn as nn

_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


@register("wick_lstm")
class WickNet(nn.Module):
    """Predicts whether a tallow candle guttered from its flame-height trace."""

    def __init__(self, feat=3, hidden=10, classes=2):
        super().__init__()
        self.inp = nn.Linear(feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        o, _ = self.rnn(self.inp(x))
        return self.cls(o[:, -1])


def build_model(cfg):
    return _REGISTRY[cfg["arch"]](**cfg.get("kwargs", {}))
