import torch


def batches(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 4, generator=g), torch.rand(4, generator=g)) for _ in range(n)]


def warm_up(model, x):
    """Run one forward in inference mode so lazy buffers and caches are built before timing."""
    model.eval()
    with torch.no_grad():
        model(x)
    return model
