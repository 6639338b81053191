"""A captum-like attribution toolkit: IntegratedGradients over a forward function.

Recurrent models cannot be differentiated through cuDNN in eval mode, so attribute() runs the forward and the
gradient with cuDNN disabled (the remedy the captum maintainers recommend for RNNs)."""
import torch


class IntegratedGradients:
    def __init__(self, forward_func, disable_cudnn=True):
        self.forward_func = forward_func
        self.disable_cudnn = disable_cudnn

    def _grads(self, scaled, target, additional_forward_args):
        scaled.requires_grad_(True)
        out = self.forward_func(scaled, *additional_forward_args)
        selected = out[:, target] if out.dim() > 1 else out
        return torch.autograd.grad(selected.sum(), scaled)[0]

    def attribute(self, inputs, baselines=None, target=0, additional_forward_args=(), n_steps=8):
        baselines = torch.zeros_like(inputs) if baselines is None else baselines
        alphas = torch.linspace(0, 1, n_steps)
        total = torch.zeros_like(inputs)
        with torch.backends.cudnn.flags(enabled=not self.disable_cudnn):
            for a in alphas:
                scaled = (baselines + a * (inputs - baselines)).detach()
                total += self._grads(scaled, target, additional_forward_args)
        return (inputs - baselines) * total / n_steps
