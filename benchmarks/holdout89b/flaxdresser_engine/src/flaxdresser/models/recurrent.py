import torch.nn as nn

MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


@register("bigru")
class FibreBiGRU(nn.Module):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_cls)
        self.temperature = 1.0

    def forward(self, x):
        y, _ = self.gru(x)
        return self.head(y.mean(1)) / self.temperature


def build_model(cfg):
    cfg = dict(cfg)
    cls = MODELS[cfg.pop("name")]
    return cls(**cfg)
