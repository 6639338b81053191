# expect: crash
"""A homemade dependency-injection container. The model is registered as a
singleton provider, so the `Evaluator` and the `Trainer` resolved from the
container share one instance. The evaluator's constructor puts its model in
eval mode ("inference services are always in eval"), and it is resolved after
the trainer.
"""
import inspect

import torch
import torch.nn as nn


class Container:
    def __init__(self):
        self._providers = {}
        self._singletons = {}

    def register(self, name, factory, singleton=False):
        self._providers[name] = (factory, singleton)

    def resolve(self, name):
        factory, singleton = self._providers[name]
        if singleton and name in self._singletons:
            return self._singletons[name]
        params = inspect.signature(factory).parameters
        obj = factory(**{p: self.resolve(p) for p in params if p in self._providers})
        if singleton:
            self._singletons[name] = obj
        return obj


class TaggerNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.bilstm = nn.LSTM(6, 8, bidirectional=True, batch_first=True)
        self.tag = nn.Linear(16, 5)

    def forward(self, x):
        return self.tag(self.bilstm(x)[0])


class Evaluator:
    def __init__(self, model):
        self.model = model.eval()

    def __call__(self, x):
        with torch.no_grad():
            return self.model(x).argmax(-1)


class Trainer:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.model.train()

    def step(self, x, y):
        self.optimizer.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x).flatten(0, 1), y.flatten())
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()


c = Container()
c.register("model", TaggerNet, singleton=True)
c.register("optimizer", lambda model: torch.optim.Adam(model.parameters(), lr=1e-2), singleton=True)
c.register("trainer", Trainer)
c.register("evaluator", Evaluator)

torch.manual_seed(0)
trainer = c.resolve("trainer")
evaluator = c.resolve("evaluator")
x, y = torch.randn(3, 7, 6), torch.randint(0, 5, (3, 7))
print(evaluator(x)[0].tolist())
print(trainer.step(x, y))
