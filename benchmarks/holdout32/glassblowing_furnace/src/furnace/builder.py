import torch

from .nets import make_net
from .losses import PENALTIES
from .loops import Run


class RunBuilder:
    def __init__(self):
        self._seed = 0
        self._model_kw = {}
        self._opt = ("sgd", {"lr": 1e-2})
        self._penalty = None
        self._epochs = 1

    def seed(self, s):
        self._seed = s
        return self

    def model(self, **kw):
        self._model_kw = kw
        return self

    def optimiser(self, name, **kw):
        self._opt = (name, kw)
        return self

    def penalty(self, name, weight):
        self._penalty = (PENALTIES[name], weight)
        return self

    def epochs(self, n):
        self._epochs = n
        return self

    def build(self):
        torch.manual_seed(self._seed)
        net = make_net(**self._model_kw)
        name, kw = self._opt
        opt = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}[name](net.parameters(), **kw)
        return Run(net, opt, self._penalty, self._epochs, self._model_kw["inputs"])
