import torch
from torch import nn

from ..util.decorators import with_baseline


class _Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def accuracy(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return (self.model(x).argmax(1) == y).float().mean().item()

    def fit(self, x, y, epochs=2):
        for _ in range(epochs):
            loss = nn.functional.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


PisteTrainer = with_baseline(_Trainer)
