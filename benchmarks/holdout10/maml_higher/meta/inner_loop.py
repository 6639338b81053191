import contextlib

import torch


class DifferentiableSGD:
    def __init__(self, fmodel, lr, first_order):
        self.fmodel, self.lr, self.first_order = fmodel, lr, first_order

    def step(self, loss):
        names = list(self.fmodel.params)
        grads = torch.autograd.grad(loss, [self.fmodel.params[n] for n in names],
                                    create_graph=not self.first_order)
        self.fmodel.params = {n: self.fmodel.params[n] - self.lr * g for n, g in zip(names, grads)}


class FunctionalModel:
    def __init__(self, module):
        self.module = module
        self.params = dict(module.meta_named_parameters())

    def __call__(self, x):
        return self.module(x, params=self.params)


@contextlib.contextmanager
def innerloop_ctx(model, inner_lr, first_order=False):
    fmodel = FunctionalModel(model)
    yield fmodel, DifferentiableSGD(fmodel, inner_lr, first_order)
