import torch

__all__ = ["make_descents"]


def make_descents(n, seed, batch=5, steps=12):
    """Per-descent load-cell and friction readings -> sheath wear in microns."""
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(batch, steps, 3, generator=g)
        out.append((x, (x[:, :, 1] * x[:, :, 2]).sum(dim=1, keepdim=True)))
    return out
