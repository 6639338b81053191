import torch


def integrated_gradients(model, x, target, baseline=None, steps=8):
    """Riemann-sum integrated gradients of the target logit w.r.t. the stroke features."""
    if baseline is None:
        baseline = torch.zeros_like(x)
    total = torch.zeros_like(x)
    for k in range(1, steps + 1):
        point = (baseline + (k / steps) * (x - baseline)).requires_grad_(True)
        score = model(point).gather(1, target[:, None]).sum()
        g, = torch.autograd.grad(score, point)
        total += g
    return (x - baseline) * total / steps
