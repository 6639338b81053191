import abc

import torch
import torch.nn.functional as F


class BaseTemplate(abc.ABC):
    def __init__(self, model, optimizer, epochs=1):
        self.model = model
        self.optimizer = optimizer
        self.epochs = epochs
        self.experience = None

    @abc.abstractmethod
    def training_batches(self):
        ...

    def train(self, experience):
        self.experience = experience
        self._before_training_exp()
        for _ in range(self.epochs):
            for x, y in self.training_batches():
                self.optimizer.zero_grad()
                self.criterion(self.model(x), y).backward()
                self.optimizer.step()
        self._after_training_exp()

    def criterion(self, logits, y):
        return F.cross_entropy(logits, y)

    def _before_training_exp(self):
        self.model.train()

    def _after_training_exp(self):
        pass

    @torch.no_grad()
    def eval(self, stream):
        self.model.eval()
        return [float((self.model(x).argmax(-1) == y).float().mean()) for e in stream for x, y in e["test"]]
