import torch.nn as nn

_MODELS = {}


def register(name):
    def wrap(cls):
        _MODELS[name] = cls
        return cls
    return wrap


def build(name, **kwargs):
    return _MODELS[name](**kwargs)


@register("anvil_gru")
class AnvilGRU(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.fc(self.drop(self.gru(x)[0][:, -1]))


@register("anvil_lstm")
class AnvilLSTM(AnvilGRU):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__(n_in, hidden, n_cls)
        self.gru = nn.LSTM(n_in, hidden, batch_first=True)
