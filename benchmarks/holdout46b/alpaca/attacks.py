"""Small adversarial toolkit for the alpaca fleece notebooks.

`fgsm` perturbs the fibre-diameter profile of a fleece within an L-inf ball.  Gradients through
the recurrent encoder need the model in training mode for the cuDNN kernels, so the helper
switches the mode for the gradient step and puts it back afterwards (dropout noise in the
gradient is accepted, as the lab does).
"""
import torch
import torch.nn.functional as F


def fgsm(model, x, y, eps=0.05):
    was_training = model.training
    model.train()
    x_adv = x.clone().detach().requires_grad_(True)
    loss = F.cross_entropy(model(x_adv), y)
    grad, = torch.autograd.grad(loss, x_adv)
    model.train(was_training)
    return (x + eps * grad.sign()).detach()


@torch.no_grad()
def robust_accuracy(model, x_adv, y):
    model.eval()
    return (model(x_adv).argmax(-1) == y).float().mean().item()
