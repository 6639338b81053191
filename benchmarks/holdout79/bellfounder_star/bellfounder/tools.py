import torch

__all__ = ["prepare", "count_params"]


def count_params(model):
    return sum(p.numel() for p in model.parameters())


def prepare(model):
    """Deployment preparation: freeze dropout and normalisation, fuse the RNN weights."""
    model.eval()
    for m in model.modules():
        if isinstance(m, torch.nn.RNNBase):
            m.flatten_parameters()
    return model
