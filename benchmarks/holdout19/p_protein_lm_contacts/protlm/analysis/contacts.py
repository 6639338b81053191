import torch
from torch.func import jacrev


def categorical_jacobian(model, onehot):
    """d logits[i, a] / d input[j, b] for one sequence (L x 20 -> L x 20 x L x 20)."""
    model.eval()
    f = lambda x: model(x.unsqueeze(0)).squeeze(0)  # noqa: E731
    return jacrev(f)(onehot)  # TM002-here


def contact_map(jac):
    j = jac - jac.mean(dim=(1, 3), keepdim=True)
    c = j.pow(2).sum(dim=(1, 3)).sqrt()
    c = (c + c.T) / 2
    # average product correction
    return c - c.mean(0, keepdim=True) * c.mean(1, keepdim=True) / c.mean()
