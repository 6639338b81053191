"""Helpers kept from the 2019 inference service."""

__all__ = ["prepare_model", "count_params"]


def count_params(model):
    return sum(p.numel() for p in model.parameters())


def prepare_model(model):
    """Deployment variant: deterministic forward passes."""
    return model.eval()
