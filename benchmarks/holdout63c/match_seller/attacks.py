"""Small attack helpers used in the match-seller notebook."""
import torch
import torch.nn.functional as F


def fgsm(model, x, y, eps=0.05):
    """One-step FGSM on the input sequence. Leaves the model's mode alone."""
    x_adv = x.clone().detach().requires_grad_(True)
    loss = F.cross_entropy(model(x_adv), y)
    loss.backward()  # TM001-here
    return (x_adv + eps * x_adv.grad.sign()).detach()


def robust_accuracy(model, x, y, eps=0.05):
    adv = fgsm(model, x, y, eps)
    with torch.no_grad():
        return (model(adv).argmax(-1) == y).float().mean().item()
