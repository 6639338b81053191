"""Adversarial perturbations of price sequences (FGSM on the inputs)."""
import torch
import torch.nn.functional as F


def fgsm(model, x, y, eps=0.05):
    x_adv = x.clone().detach().requires_grad_(True)
    loss = F.cross_entropy(model(x_adv), y)
    loss.backward()  # TM001-here
    return (x_adv + eps * x_adv.grad.sign()).detach()


def robust_accuracy(model, x, y, eps=0.05):
    adv = fgsm(model, x, y, eps)
    with torch.no_grad():
        return (model(adv).argmax(1) == y).float().mean().item()
