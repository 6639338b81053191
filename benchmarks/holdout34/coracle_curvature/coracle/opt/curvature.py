import torch


def hvp_curvature(loss, params):
    """v^T H v / v^T v along the gradient direction v = g."""
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [g.detach() for g in grads]
    gv = sum((g * vi).sum() for g, vi in zip(grads, v))
    hv = torch.autograd.grad(gv, params)  # TM003-here
    num = sum((h * vi).sum() for h, vi in zip(hv, v))
    den = sum((vi * vi).sum() for vi in v) + 1e-12
    return (num / den).item(), v


class CurvatureScaledSGD:
    def __init__(self, params, lr):
        self.params = [p for p in params if p.requires_grad]
        self.lr = lr

    @torch.no_grad()
    def step(self, grads, curvature):
        scale = self.lr / max(1.0, abs(curvature) * self.lr)
        for p, g in zip(self.params, grads):
            p.add_(g, alpha=-scale)
        return scale
