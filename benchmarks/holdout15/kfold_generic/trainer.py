from typing import Generic, TypeVar

import torch
import torch.nn as nn

M = TypeVar("M", bound=nn.Module)


class RegressionTask:
    def loss(self, logits, y):
        return nn.functional.cross_entropy(logits, y)


class Trainer(Generic[M]):
    def __init__(self, model: M, task: RegressionTask, lr: float = 1e-2):
        self.model: M = model
        self.task = task
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def _update(self, x, y):
        self.opt.zero_grad()
        loss = self.task.loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()

    def fit(self, x, y, epochs):
        for _ in range(epochs):
            for i in range(0, len(x), 5):
                self._update(x[i:i + 5], y[i:i + 5])

    def score(self, x, y):
        with torch.no_grad():
            return (self.model(x).argmax(-1) == y).float().mean().item()
