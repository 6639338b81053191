import torch

__all__ = ["prepare", "score"]


def prepare(model):
    """Put a model into the state the serving endpoint expects."""
    return model.eval()


@torch.no_grad()
def score(model, x, y):
    return ((model(x) > 0).float() == y).float().mean().item()
