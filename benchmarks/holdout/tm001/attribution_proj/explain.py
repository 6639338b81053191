"""Hand-written gradient attribution methods (captum-like)."""
import torch


class Saliency:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def attribute(self, inputs, target):
        inputs = inputs.clone().requires_grad_(True)
        scores = self.forward_func(inputs).gather(1, target.unsqueeze(1)).sum()
        (grads,) = torch.autograd.grad(scores, inputs)
        return grads.abs()


class IntegratedGradients:
    def __init__(self, model, n_steps=8):
        self.model = model.eval()
        self.n_steps = n_steps

    def attribute(self, inputs, target, baseline=None):
        baseline = torch.zeros_like(inputs) if baseline is None else baseline
        total = torch.zeros_like(inputs)
        with torch.backends.cudnn.flags(enabled=False):
            for alpha in torch.linspace(0, 1, self.n_steps):
                point = (baseline + alpha * (inputs - baseline)).requires_grad_(True)
                score = self.model(point).gather(1, target.unsqueeze(1)).sum()
                total += torch.autograd.grad(score, point)[0]
        return (inputs - baseline) * total / self.n_steps
