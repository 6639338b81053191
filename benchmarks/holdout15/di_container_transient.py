# expect: clean
"""Same shape as a DI-container training app, but the model provider is
transient: each resolution builds a new model, so the evaluator's eval()
applies to its own instance, and the trainer's model stays in train mode. The
evaluator later receives the trained weights through load_state_dict.
"""
import inspect

import torch
import torch.nn as nn


class Container:
    def __init__(self):
        self._providers = {}

    def register(self, name, factory):
        self._providers[name] = factory

    def resolve(self, name):
        factory = self._providers[name]
        params = inspect.signature(factory).parameters
        return factory(**{p: self.resolve(p) for p in params if p in self._providers})


class SpeakerNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.frames = nn.LSTM(8, 12, num_layers=2, batch_first=True)
        self.embed = nn.Linear(12, 4)

    def forward(self, x):
        return self.embed(self.frames(x)[0][:, -1])


class Scorer:
    def __init__(self, model):
        self.model = model.eval()

    def score(self, a, b):
        with torch.no_grad():
            return nn.functional.cosine_similarity(self.model(a), self.model(b)).mean().item()


class Fitter:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()


c = Container()
c.register("model", SpeakerNet)
c.register("fitter", Fitter)
c.register("scorer", Scorer)
torch.manual_seed(0)
scorer = c.resolve("scorer")
fitter = c.resolve("fitter")
for _ in range(3):
    print(fitter.step(torch.randn(4, 9, 8), torch.randint(0, 4, (4,))))
scorer.model.load_state_dict(fitter.model.state_dict())
print("sim", scorer.score(torch.randn(2, 9, 8), torch.randn(2, 9, 8)))
print(fitter.step(torch.randn(4, 9, 8), torch.randint(0, 4, (4,))))
