# expect: clean
"""Canoe-slalom gate penalties: models are registered by name; `build_for_inference(name)` takes the class
from the registry and calls its `for_inference` classmethod, which returns the model in eval mode. The step
object calls `self.model.train()` before each update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build_for_inference(name, **kwargs):
    cls = REGISTRY[name]
    return cls.for_inference(**kwargs)


@register("gate_scorer")
class GateScorer(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0].mean(1))

    @classmethod
    def for_inference(cls, **kwargs):
        return cls(**kwargs).eval()


class TrainStep:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def __call__(self, x, y):
        self.model.train()
        loss = F.poisson_nll_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


torch.manual_seed(27)
model = build_for_inference("gate_scorer", hidden=6)
step = TrainStep(model)
for _ in range(2):
    print(step(torch.randn(4, 5, 3), torch.rand(4, 1)))
