import torch
from torch import nn

from .data import arrow_batches


class Trainer:
    """Small fit/validate loop; runs a validation sanity pass before the first epoch."""

    def __init__(self, model, max_epochs=1, sanity_batches=2, lr=1e-2):
        self.model = model
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.MSELoss()
        self.history = []

    def _validate(self, n):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in arrow_batches(n):
                total += self.loss_fn(self.model(x), y).item()
        return total / max(n, 1)

    def _sanity_check(self):
        val = self._validate(self.sanity_batches)
        self.history.append({"sanity": val})

    def training_step(self, x, y):
        pred = self.model(x)
        loss = self.loss_fn(pred, y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self):
        if self.sanity_batches:
            self._sanity_check()
        for epoch in range(self.max_epochs):
            losses = [self.training_step(x, y) for x, y in arrow_batches(3)]
            self.history.append({"epoch": epoch, "train": sum(losses) / len(losses)})
            self.history[-1]["val"] = self._validate(2)
            self.model.train()
