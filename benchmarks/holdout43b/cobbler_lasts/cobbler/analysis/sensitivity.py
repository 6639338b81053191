"""Per-frame sensitivity of the predicted last from torch.func.jacrev."""
import torch
from torch.func import jacrev


def _single(model):
    def f(walk):
        return model(walk.unsqueeze(0)).squeeze(0)
    return f


def frame_sensitivity(model, x):
    out = []
    for walk in x:
        jac = jacrev(_single(model))(walk)  # TM002-here
        # jac: (n_out, frames, sensors) -> one score per frame
        out.append(jac.abs().sum(dim=(0, 2)))
    return torch.stack(out)
