import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def diagonal_fisher(model, data):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def nll(p, x, y):
        return F.cross_entropy(functional_call(model, p, (x.unsqueeze(0),)), y.unsqueeze(0))

    fisher = {k: torch.zeros_like(v) for k, v in params.items()}
    for x, y in data:
        for i in range(x.shape[0]):
            with torch.backends.cudnn.flags(enabled=False):
                g = grad(nll)(params, x[i], y[i])
            for k in fisher:
                fisher[k] += g[k].pow(2)
    return fisher
