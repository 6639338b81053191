import torch

__all__ = ["summarise"]


def _count(model):
    return sum(p.numel() for p in model.parameters())


def summarise(model, sample):
    model.eval()
    with torch.no_grad():
        out = model(sample)
    return {"params": _count(model), "mean": out.mean().item(), "std": out.std().item()}


def _debug_dump(model):
    for name, p in model.named_parameters():
        print(name, tuple(p.shape))
