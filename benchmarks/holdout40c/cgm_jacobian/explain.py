import torch
from torch.func import jacrev


def input_jacobian(model, x):
    """d(prediction)/d(input) for a single window, shape [horizon, T, F]."""
    model.eval()

    def f(inp):
        return model(inp[None])[0]

    return jacrev(f)(x)  # TM002-here


def feature_importance(jac):
    return jac.abs().sum(dim=(0, 1))
