import abc

import torch

from .utils import enable_dropout, gradient_length

_STRATEGIES = {}


def register(name):
    def deco(cls):
        _STRATEGIES[name] = cls
        return cls
    return deco


def get_strategy(name, **kwargs):
    return _STRATEGIES[name](**kwargs)


class Strategy(abc.ABC):
    @abc.abstractmethod
    def query(self, learner, pool, n):
        ...


@register("bald")
class BALD(Strategy):
    def __init__(self, mc_samples=8, **_):
        self.mc_samples = mc_samples

    def scores(self, model, pool):
        model.eval()
        enable_dropout(model)
        with torch.no_grad():
            probs = torch.stack([model(pool).softmax(-1) for _ in range(self.mc_samples)])
        mean = probs.mean(0)
        entropy = -(mean * mean.clamp_min(1e-8).log()).sum(-1)
        cond = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean(0)
        return entropy - cond

    def query(self, learner, pool, n):
        return self.scores(learner.model, pool).topk(n).indices.tolist()


@register("bald+egl")
class BALDThenEGL(BALD):
    def __init__(self, prefilter=10, **kwargs):
        super().__init__(**kwargs)
        self.prefilter = prefilter

    def query(self, learner, pool, n):
        cand = self.scores(learner.model, pool).topk(self.prefilter).indices
        lengths = []
        for i in cand.tolist():
            x = pool[i:i + 1]
            y_hat = learner.model(x).argmax(-1).detach()
            lengths.append(gradient_length(learner.model, x, y_hat))
        order = torch.stack(lengths).argsort(descending=True)[:n]
        return cand[order].tolist()
