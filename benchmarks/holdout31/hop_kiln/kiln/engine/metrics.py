import torch


def parameter_grad_norm(loss, params):
    """Gradient norm kept in the graph, so it can double as a penalty."""
    grads = torch.autograd.grad(loss, params, create_graph=True, retain_graph=True)
    return torch.sqrt(sum(g.pow(2).sum() for g in grads))
