"""A small captum-like attribution toolkit: classes wrapping a forward function."""
import torch


def _gradients(forward_func, inputs, target, additional_forward_args=()):
    with torch.autograd.set_grad_enabled(True):
        inputs = inputs.detach().requires_grad_(True)
        out = forward_func(inputs, *additional_forward_args)
        selected = out[torch.arange(out.size(0)), target]
        grads, = torch.autograd.grad(torch.unbind(selected), inputs)  # TM001-here
    return grads


class Saliency:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def attribute(self, inputs, target, abs=True, additional_forward_args=()):
        g = _gradients(self.forward_func, inputs, target, additional_forward_args)
        return g.abs() if abs else g


class IntegratedGradients:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def attribute(self, inputs, baselines=None, target=0, n_steps=8, additional_forward_args=()):
        baselines = torch.zeros_like(inputs) if baselines is None else baselines
        total = torch.zeros_like(inputs)
        for alpha in torch.linspace(0, 1, n_steps):
            scaled = baselines + alpha * (inputs - baselines)
            total += _gradients(self.forward_func, scaled, target, additional_forward_args)
        return (inputs - baselines) * total / n_steps
