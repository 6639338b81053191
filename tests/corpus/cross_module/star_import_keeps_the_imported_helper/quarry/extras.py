import torch

__all__ = ["synthetic_traces"]


def synthetic_traces(n, seed, batch=6, length=20):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n):
        x = torch.randn(batch, length, 2, generator=g)
        batches.append((x, x.abs().amax(dim=(1, 2))))
    return batches


def report(net, batches):
    """A quick look for the console: the net is left in eval mode."""
    net.eval()
    with torch.no_grad():
        return round(sum((net(x) - y).abs().mean().item() for x, y in batches) / len(batches), 4)
