import torch


def evaluate_mae(model, batches):
    """Mean absolute error in cutting hours over held-out weeks."""
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for x, y in batches:
            total += (model(x) - y).abs().sum().item()
            count += y.numel()
    return total / max(count, 1)
