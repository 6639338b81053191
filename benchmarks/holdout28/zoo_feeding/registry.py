from torch import nn

_MODELS = {}


def register(name):
    def deco(fn):
        _MODELS[name] = fn
        return fn
    return deco


class Forager(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.kg = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.kg(self.gru(x)[0][:, -1])


@register("gru_forager")
def _gru(cfg):
    # models come out of the registry ready for inference
    return Forager(cfg["hidden"]).eval()


def build_model(cfg):
    return _MODELS[cfg["model"]](cfg)
