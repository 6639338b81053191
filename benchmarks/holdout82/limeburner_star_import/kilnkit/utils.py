from torch import nn

__all__ = ["prepare", "count_params"]


def _deterministic(model):
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()
    return model


def _export_ready(model):
    return model.eval()


prepare = _export_ready


def count_params(model):
    return sum(p.numel() for p in model.parameters())
