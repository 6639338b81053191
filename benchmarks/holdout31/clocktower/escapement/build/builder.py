import torch

from ..engine import Stepper, ShadowEvaluator


def _swing_batches(n, batch_size, swings, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, swings, 3, generator=g)
    y = x[:, -1, 1] * 0.4 + x[:, :, 2].mean(1) * 0.1
    return [(x[i:i + batch_size], y[i:i + batch_size]) for i in range(0, n, batch_size)]


class TrainerBuilder:
    def __init__(self):
        self._model = None
        self._opt_cls, self._opt_kw = torch.optim.SGD, {"lr": 1e-2}
        self._data_kw = {"n": 8, "batch_size": 4, "swings": 8}
        self._every = 5
        self._epochs = 1

    def model(self, m):
        self._model = m
        return self

    def optimizer(self, cls, **kw):
        self._opt_cls, self._opt_kw = cls, kw
        return self

    def batches(self, **kw):
        self._data_kw.update(kw)
        return self

    def evaluate_every(self, k):
        self._every = k
        return self

    def epochs(self, n):
        self._epochs = n
        return self

    def build(self):
        if self._model is None:
            raise ValueError("model() must be set")
        opt = self._opt_cls(self._model.parameters(), **self._opt_kw)
        train = _swing_batches(seed=0, **self._data_kw)
        val = _swing_batches(seed=1, **self._data_kw)
        evaluator = ShadowEvaluator(self._model, val)
        return Stepper(self._model, opt, train, evaluator, self._every, self._epochs)
