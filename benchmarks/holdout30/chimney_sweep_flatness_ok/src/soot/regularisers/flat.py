import torch


def grad_norm_penalty(loss, params, keep_graph=True):
    """Squared norm of dL/dtheta, a cheap flatness regulariser."""
    grads = torch.autograd.grad(loss, params, create_graph=True)
    pen = sum((g ** 2).sum() for g in grads)
    return pen if keep_graph else pen.detach()
