import torch


class GradientExplainer:
    """Gradient x (input - baseline) attributions."""

    def __init__(self, model, baseline=0.0):
        self.model = model
        self.baseline = baseline

    @classmethod
    def from_model(cls, model, baseline=0.0):
        # explanations should not see dropout noise
        return cls(model.eval(), baseline=baseline)

    def explain(self, x, target):
        x = x.clone().requires_grad_(True)
        score = self.model(x)[:, target].sum()
        (grad,) = torch.autograd.grad(score, x)
        return grad * (x.detach() - self.baseline)
