import torch
import torch.nn as nn

from .. import nets
from .trainer import Trainer


def build_trainer(cfg):
    torch.manual_seed(cfg["seed"])
    modules = nn.ModuleDict(
        {name: getattr(nets, spec["cls"])(**spec["kwargs"]) for name, spec in cfg["modules"].items()}
    )
    params = [p for name in cfg["optimize"] for p in modules[name].parameters()]
    data = {
        "train": [(torch.randn(4, 6, 5), torch.rand(4, 1)) for _ in range(4)],
        "val": [(torch.randn(4, 6, 5), torch.rand(4, 1)) for _ in range(2)],
    }
    return Trainer(modules, torch.optim.Adam(params, lr=cfg["lr"]), data, cfg)
