import torch
import torch.nn.functional as F


def run(ctx):
    """Temperature scaling on the apiary set: a grid search, no gradients needed."""
    model = ctx["model"]
    x, y = ctx["apiary"]
    model.eval()
    best = (float("inf"), 1.0)
    with torch.no_grad():
        for t in (0.5, 1.0, 1.5, 2.0):
            model.temperature.fill_(t)
            nll = F.binary_cross_entropy_with_logits(model(x), y).item()
            best = min(best, (nll, t))
        model.temperature.fill_(best[1])
    ctx["log"].append(f"calibrate: T={best[1]} nll={best[0]:.4f}")
