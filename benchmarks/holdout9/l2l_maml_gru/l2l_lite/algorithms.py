import torch
from torch.func import functional_call


class BaseLearner(torch.nn.Module):
    def __init__(self, module):
        super().__init__()
        self.module = module

    def forward(self, *args, **kwargs):
        return self.module(*args, **kwargs)


class _Clone(torch.nn.Module):
    """A functional view of `module` with its own (differentiable) parameter tensors."""

    def __init__(self, module, params, lr, first_order):
        super().__init__()
        self._module = [module]
        self.params = params
        self.lr = lr
        self.first_order = first_order

    def forward(self, *args):
        return functional_call(self._module[0], self.params, args)

    def adapt(self, loss):
        names = list(self.params)
        grads = torch.autograd.grad(loss, [self.params[n] for n in names],
                                    create_graph=not self.first_order, retain_graph=not self.first_order,
                                    allow_unused=True)
        self.params = {n: (p - self.lr * g if g is not None else p)
                       for (n, p), g in zip(self.params.items(), grads)}


class MAML(BaseLearner):
    def __init__(self, model, lr, first_order=False):
        super().__init__(model)
        self.lr = lr
        self.first_order = first_order

    def clone(self):
        params = {n: p.clone() for n, p in self.module.named_parameters()}
        return _Clone(self.module, params, self.lr, self.first_order)
