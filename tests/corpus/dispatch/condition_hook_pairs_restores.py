# expect: clean
"""An executor keeps its hooks as (condition, function) pairs and fires those whose condition holds after each
step; the validation hook, due every second iteration, puts the model back in training mode when it is done."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class EveryN:
    def __init__(self, n):
        self.n = n

    def __call__(self, executor):
        return executor.iteration % self.n == 0


class Executor:
    def __init__(self, model, batches):
        self.model = model
        self.batches = batches
        self.iteration = 0
        self.optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        self._hooks = []

    def on(self, condition, fn):
        self._hooks.append((condition, fn))
        return self

    def _fire(self):
        for condition, fn in self._hooks:
            if condition(self):
                fn(self)

    def train(self, epochs=2):
        self.model.train()
        for _ in range(epochs):
            for x in self.batches:
                loss = self.model(x).pow(2).mean()
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                self.iteration += 1
                self._fire()


def validate(executor):
    executor.model.eval()
    with torch.no_grad():
        print("valid", executor.model(torch.randn(2, 3, 4)).mean().item())
    executor.model.train()


Executor(Tagger(), [torch.randn(2, 3, 4) for _ in range(3)]).on(EveryN(2), validate).train()
