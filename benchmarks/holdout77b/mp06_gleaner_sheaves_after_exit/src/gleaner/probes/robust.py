import torch
import torch.nn.functional as F


def fgsm_margin(model, x, y, eps=0.05):
    """Accuracy drop under a one-step sign-gradient perturbation."""
    x = x.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    x_adv = (x + eps * x.grad.sign()).detach()
    with torch.no_grad():
        clean = (model(x.detach()).argmax(-1) == y).float().mean()
        adv = (model(x_adv).argmax(-1) == y).float().mean()
    model.zero_grad()
    return (clean - adv).item()
