import torch

_OPTIMS = {"Adam": torch.optim.Adam, "SGD": torch.optim.SGD}


def build_optimizer(params, cfg):
    return _OPTIMS[cfg["type"]](params, **cfg.get("params", {}))
