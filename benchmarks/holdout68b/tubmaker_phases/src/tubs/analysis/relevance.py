import torch


def grad_times_input(model, x):
    """Layer-wise relevance approximated by gradient * input (model used as left by the caller)."""
    x = x.clone().requires_grad_(True)
    out = model(x).sum()
    out.backward()  # TM001-here
    model.zero_grad(set_to_none=True)
    return (x.grad * x).detach()
