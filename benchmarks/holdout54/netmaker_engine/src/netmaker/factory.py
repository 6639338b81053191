import torch

from .engine import ENGINES
from .models import MeshNet


def _data(n, seq, batch, n_knots):
    x = torch.randn(n, seq, n_knots)
    y = (x.sum(dim=(1, 2)) > 0).float()
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]


def build_engine(cfg):
    model = MeshNet(**cfg["model"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
    d = cfg["data"]
    batches = _data(d["n"], d["seq"], d["batch"], cfg["model"]["n_knots"])
    split = len(batches) - 2
    engine_cls = ENGINES[cfg["engine"]]
    return engine_cls(model, opt, batches[:split], batches[split:],
                      epochs=cfg["epochs"], val_every=cfg["val_every"])
