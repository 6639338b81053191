import torch


class GradSensitivity:
    """Mean |d time / d gradient-feature| on a probe track, logged after validation.

    Validation leaves the model in eval; the probe forward runs on the native
    RNN kernels so it can be differentiated without touching the mode."""

    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_validation_end(self, fitter, epoch, val):
        x = self.probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            t = fitter.model(x).sum()
            (g,) = torch.autograd.grad(t, x)
        self.history.append(g[..., 0].abs().mean().item())
