import torch.nn as nn

_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


@register("quench_lstm")
class QuenchLSTM(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, _) = self.lstm(self.norm(x))
        return self.head(self.drop(h[-1]))


def build_model(name, **kwargs):
    return _REGISTRY[name](**kwargs)
