import torch


def input_gradient_penalty(model, x, y, loss_fn):
    """Drucker & LeCun double backprop: penalise ||dL/dx||^2."""
    x = x.clone().requires_grad_(True)
    loss = loss_fn(model(x), y)
    (gx,) = torch.autograd.grad(loss, x, create_graph=True)
    return loss, gx.pow(2).sum(dim=(1, 2)).mean()
