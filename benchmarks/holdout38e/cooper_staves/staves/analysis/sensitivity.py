"""Input sensitivity of the spring-back prediction via torch.func.jacrev."""
import torch
from torch.func import functional_call, jacrev


def _single(net, params):
    def f(curve):
        return functional_call(net, params, (curve.unsqueeze(0),)).squeeze(0)
    return f


def sensitivity_map(net, curves):
    params = {k: v.detach() for k, v in net.named_parameters()}
    rows = []
    for c in curves:
        rows.append(jacrev(_single(net, params))(c))  # TM002-here
    return torch.stack(rows)
