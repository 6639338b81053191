import torch
from torch import nn

from ..runtime import phase


class TaggerLoop:
    def __init__(self, model):
        self.model = model
        self.optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    def _loss(self, x, y):
        return nn.functional.cross_entropy(self.model(x).reshape(-1, 3), y.reshape(-1))

    def fit_epoch(self, batches):
        for x, y in batches:
            loss = self._loss(x, y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()

    def evaluate(self, batches):
        with phase("eval", self.model):
            return sum(self._loss(x, y).item() for x, y in batches) / len(batches)
