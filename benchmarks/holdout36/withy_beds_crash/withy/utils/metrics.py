import torch


@torch.no_grad()
def rmse_on(model, batches):
    """Root-mean-square yield error over ``batches``."""
    model.eval()
    se, n = 0.0, 0
    for x, y in batches:
        se += ((model(x) - y) ** 2).sum().item()
        n += y.numel()
    return (se / n) ** 0.5
