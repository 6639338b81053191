import torch
import torch.nn.functional as F

from ..models import BUILDERS
from ..analysis import ANALYSES


def _batches(cfg, gen):
    d = cfg["data"]
    n_in = d["items"] + 2
    for _ in range(d["n_batches"]):
        x = torch.randn(d["batch"], d["days"], n_in, generator=gen)
        y = 10 - 2 * x[:, -1, :d["items"]] + x[:, -1, d["items"]:d["items"] + 1]
        yield x, y


def run(cfg):
    gen = torch.Generator().manual_seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    n_in = cfg["data"]["items"] + 2
    model = BUILDERS[cfg["model"]["kind"]](n_in, cfg["model"]["hidden"], cfg["data"]["items"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["train"]["lr"])
    model.train()
    for _ in range(cfg["train"]["epochs"]):
        for x, y in _batches(cfg, gen):
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
    model.eval()
    probe_x, _ = next(_batches(cfg, gen))
    return {name: ANALYSES[name](model, probe_x, cfg) for name in cfg["analysis"]}
