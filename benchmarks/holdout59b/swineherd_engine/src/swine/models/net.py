import torch
import torch.nn as nn

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


@register("rooting_gru")
class RootingGRU(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)
        self.recon = nn.Linear(hidden, n_in)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1]), self.recon(h)


def build_model(cfg):
    cfg = dict(cfg)
    torch.manual_seed(cfg.pop("seed", 0))
    return REGISTRY[cfg.pop("name")](**cfg)
