"""Hand-written captum-like attribution classes: Saliency and IntegratedGradients over a forward_func."""
import torch


class GradientAttribution:
    def __init__(self, forward_func):
        self.forward_func = forward_func

    def _grads(self, inputs, target, additional_forward_args=()):
        inputs = inputs.detach().requires_grad_(True)
        outputs = self.forward_func(inputs, *additional_forward_args)
        if target is not None:
            outputs = outputs.gather(1, target.view(-1, 1)).squeeze(1)
        (grads,) = torch.autograd.grad(outputs.sum(), inputs)
        return grads


class Saliency(GradientAttribution):
    def attribute(self, inputs, target=None, abs=True, additional_forward_args=()):
        grads = self._grads(inputs, target, additional_forward_args)
        return grads.abs() if abs else grads


class IntegratedGradients(GradientAttribution):
    def attribute(self, inputs, baselines=None, target=None, n_steps=8, additional_forward_args=(),
                  return_convergence_delta=False):
        baselines = torch.zeros_like(inputs) if baselines is None else baselines
        total = torch.zeros_like(inputs)
        for alpha in torch.linspace(0, 1, n_steps):
            scaled = baselines + alpha * (inputs - baselines)
            total += self._grads(scaled, target, additional_forward_args)
        attributions = (inputs - baselines) * total / n_steps
        if not return_convergence_delta:
            return attributions
        with torch.no_grad():
            f_in = self.forward_func(inputs, *additional_forward_args)
            f_base = self.forward_func(baselines, *additional_forward_args)
        delta = attributions.flatten(1).sum(1) - (f_in - f_base).gather(1, target.view(-1, 1)).squeeze(1)
        return attributions, delta
