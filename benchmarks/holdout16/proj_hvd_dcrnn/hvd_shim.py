"""Single-process stand-in for the horovod.torch API surface used here."""
import torch

_state = {"rank": 0, "size": 1}


def init():
    _state.update(rank=0, size=1)


def rank():
    return _state["rank"]


def size():
    return _state["size"]


def broadcast_parameters(state_dict, root_rank=0):
    return state_dict


def allreduce(t, name=None, average=True):
    return t.detach().clone()


class DistributedOptimizer:
    def __init__(self, optimizer, named_parameters=None):
        self._opt = optimizer
        self._names = {p: n for n, p in (named_parameters or [])}

    def zero_grad(self):
        self._opt.zero_grad()

    def synchronize(self):
        for group in self._opt.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    p.grad = allreduce(p.grad, name=self._names.get(p))

    def step(self):
        self.synchronize()
        self._opt.step()
