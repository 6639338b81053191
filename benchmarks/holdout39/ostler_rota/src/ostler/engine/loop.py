import torch
from torch import nn

from .data import batches


class Trainer:
    def __init__(self, model, epochs=1, lr=1e-3, sanity_batches=2):
        self.model = model
        self.epochs = epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()
        self.sanity_batches = sanity_batches
        self.history = []

    def _sanity_check(self):
        self.model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(batches(3)):
                if i >= self.sanity_batches:
                    break
                self.loss_fn(self.model(x), y)

    def training_step(self, x, y):
        loss = self.loss_fn(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self):
        self._sanity_check()
        for epoch in range(self.epochs):
            losses = [self.training_step(x, y) for x, y in batches(4)]
            self.history.append(sum(losses) / len(losses))
        return self.history
