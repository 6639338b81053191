import torch
import torch.nn as nn
from torch.func import functional_call


class MetaSGD(nn.Module):
    def __init__(self, model, lr):
        super().__init__()
        self.module = model
        self.lrs = nn.ParameterDict({n.replace(".", "_"): nn.Parameter(torch.full_like(p, lr))
                                     for n, p in model.named_parameters()})

    def clone(self):
        return Adapted(self, dict(self.module.named_parameters()))


class Adapted:
    def __init__(self, meta, params):
        self.meta = meta
        self.params = params

    def __call__(self, x):
        return functional_call(self.meta.module, self.params, (x,))

    def adapt(self, loss):
        grads = torch.autograd.grad(loss, list(self.params.values()), create_graph=True)
        self.params = {n: p - self.meta.lrs[n.replace(".", "_")] * g
                       for (n, p), g in zip(self.params.items(), grads)}
        return self
