import torch

from .mpi_ops import allreduce


class _DistributedOptimizer:
    def __init__(self, optimizer, named_parameters):
        self._opt = optimizer
        self._names = {p: n for n, p in named_parameters}

    def zero_grad(self):
        self._opt.zero_grad()

    @torch.no_grad()
    def synchronize(self):
        for group in self._opt.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    p.grad.copy_(allreduce(p.grad, name=self._names.get(p)))

    def step(self):
        self.synchronize()
        return self._opt.step()


def DistributedOptimizer(optimizer, named_parameters=None):
    return _DistributedOptimizer(optimizer, list(named_parameters or []))
