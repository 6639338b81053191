import torch

__all__ = ["warm_start", "report"]


def warm_start(model, scale=0.5):
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(scale)
    return model


def report(model, x, y):
    """Probe error the way the exported model will be used: in eval mode."""
    model.eval()
    with torch.no_grad():
        return (model(x) - y).abs().mean().item()
