import torch

__all__ = ["make_batches", "evaluate", "clip"]


def make_batches(n, seed, batch=4, length=12):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(batch, length, 3, generator=g)
        out.append((x, x[..., 0].cumsum(1) / length))
    return out


def evaluate(model, batches):
    """Quick MAE for notebooks; switches the model to eval."""
    model.eval()
    with torch.no_grad():
        return sum((model(x) - y).abs().mean().item() for x, y in batches) / len(batches)


def clip(model, max_norm=1.0):
    return torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
