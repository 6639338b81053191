"""Captum-like gradient attributions written as classes.

cuDNN refuses RNN backward in eval mode, so every gradient computation here runs
with cuDNN switched off; the model keeps its eval mode (no dropout noise).
"""
import torch


class GradientAttribution:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def _grads(self, inputs, target):
        with torch.backends.cudnn.flags(enabled=False):
            inputs = inputs.clone().detach().requires_grad_(True)
            out = self.forward_func(inputs)
            selected = out.gather(1, target.view(-1, 1)).sum()
            (grads,) = torch.autograd.grad(selected, inputs)
        return inputs.detach(), grads


class Saliency(GradientAttribution):
    def attribute(self, inputs, target):
        return self._grads(inputs, target)[1].abs()


class IntegratedGradients(GradientAttribution):
    def attribute(self, inputs, target, baselines=None, n_steps=8):
        baselines = torch.zeros_like(inputs) if baselines is None else baselines
        total = torch.zeros_like(inputs)
        for alpha in torch.linspace(0, 1, n_steps):
            _, g = self._grads(baselines + alpha * (inputs - baselines), target)
            total += g
        return (inputs - baselines) * total / n_steps


METHODS = {"saliency": Saliency, "ig": IntegratedGradients}
