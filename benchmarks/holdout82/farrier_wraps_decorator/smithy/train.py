import torch
from torch import nn

from .decorators import inference


class Farrier:
    def __init__(self, model, lr=0.02):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    @inference
    def predict(self, x):
        return self.model(x).argmax(-1)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self, batches):
        log = []
        for x, y in batches:
            log.append((self.step(x, y), self.predict(x).tolist()))
        return log
