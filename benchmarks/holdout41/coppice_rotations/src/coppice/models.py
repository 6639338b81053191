import torch
from torch import nn

_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


@register("stool_lstm")
class StoolLSTM(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def build_model(cfg):
    cfg = dict(cfg)
    return _REGISTRY[cfg.pop("name")](**cfg)
