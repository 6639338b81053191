import torch
from torch.func import jacrev


def gauge_sensitivity(model, window):
    """Mean absolute d(deflection)/d(strain) per gauge for one window [T, G]."""
    def deflection(w):
        return model(w.unsqueeze(0)).squeeze()

    jac = jacrev(deflection)(window)  # TM002-here
    return jac.abs().mean(0)
