import torch
import torch.nn.functional as F


class FGSM:
    """Sign-gradient perturbation of the vibration trace (sensor-noise robustness)."""

    def __init__(self, model, eps=0.05):
        self.model = model
        self.eps = eps

    def perturb(self, vib, target):
        vib = vib.clone().requires_grad_(True)
        loss = F.mse_loss(self.model(vib), target)
        (grad,) = torch.autograd.grad(loss, vib)  # TM001-here
        return (vib + self.eps * grad.sign()).detach()
