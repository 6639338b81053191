import torch

from .loop import Trainer

_OPTIMS = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}


class TrainerBuilder:
    def __init__(self):
        self._model = None
        self._opt = ("adam", {"lr": 1e-3})
        self._train = self._val = None
        self._callbacks = []
        self._epochs = 1

    def with_model(self, model):
        self._model = model
        return self

    def with_optimizer(self, name, **kw):
        self._opt = (name, kw)
        return self

    def with_data(self, train, val):
        self._train, self._val = train, val
        return self

    def with_callback(self, cb):
        self._callbacks.append(cb)
        return self

    def epochs(self, n):
        self._epochs = n
        return self

    def build(self):
        name, kw = self._opt
        optimizer = _OPTIMS[name](self._model.parameters(), **kw)
        return Trainer(self._model, optimizer, self._train, self._val, self._callbacks, self._epochs)
