import torch
import torch.nn.functional as F


class BaseStrategy:
    """Avalanche-style template: train(experience) / eval(experience) with plugin callbacks."""

    def __init__(self, model, optimizer, train_epochs=1, plugins=()):
        self.model = model
        self.optimizer = optimizer
        self.train_epochs = train_epochs
        self.plugins = list(plugins)
        self.experience = None

    def _call(self, name):
        for p in self.plugins:
            getattr(p, name)(self)

    # ---- training -------------------------------------------------------
    def train(self, experience):
        self.experience = experience
        self._before_training_exp()
        for _ in range(self.train_epochs):
            self._before_training_epoch()
            for x, y in experience["train"]:
                self.optimizer.zero_grad()
                loss = F.cross_entropy(self.model(x), y)
                loss.backward()
                self._call("after_backward")
                self.optimizer.step()
        self._call("after_training_exp")

    def _before_training_exp(self):
        self._call("before_training_exp")

    def _before_training_epoch(self):
        self.model.train()
        self._call("before_training_epoch")

    # ---- evaluation -----------------------------------------------------
    @torch.no_grad()
    def eval(self, experience):
        self.model.eval()
        correct = total = 0
        for x, y in experience["test"]:
            correct += (self.model(x).argmax(-1) == y).sum().item()
            total += y.numel()
        return correct / total
