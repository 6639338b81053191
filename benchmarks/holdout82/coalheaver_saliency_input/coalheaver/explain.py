import torch


class SaliencyExplainer:
    """Gradient x input relevance on the raw shovel readings."""

    def __init__(self, model):
        self.model = model.eval()

    def attribute(self, x):
        x = x.clone().requires_grad_(True)
        out = self.model(x).sum()
        (g,) = torch.autograd.grad(out, x)  # TM001-here
        return (g * x).detach()
