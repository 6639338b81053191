import torch
from torch.func import functional_call


def as_function(model):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = dict(model.named_buffers())

    def f(x):
        return functional_call(model, (params, buffers), (x.unsqueeze(0),)).squeeze(0)
    return f


def logit_to_prob(z):
    return torch.sigmoid(z)
